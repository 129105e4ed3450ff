//! Parses and validates `data/`, then writes Rust statics to `$OUT_DIR`: `catalog.rs`, `guides.rs`
//! and `chooser.rs`.
//! An invalid catalog fails the build with one line per problem (file, item, field).

#[path = "build/chooser.rs"]
mod chooser;
#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/source.rs"]
mod source;
#[path = "build/spdx.rs"]
mod spdx;

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&manifest).join("data");
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build");

    let catalog = source::read_dir(&data, "data").and_then(|texts| source::load(&texts));
    let catalog = match catalog {
        Ok(catalog) => catalog,
        Err(problems) => {
            fail_on(&problems);
            unreachable!("fail_on exits on problems")
        }
    };
    let chooser_file = (
        "data/chooser.json".to_string(),
        read(&data.join("chooser.json")),
    );
    let chooser = match chooser::parse_chooser(&chooser_file) {
        Ok(chooser) => {
            let problems = chooser::validate_chooser(&chooser, &catalog);
            fail_on(&problems);
            chooser
        }
        Err(problems) => {
            fail_on(&problems);
            unreachable!("fail_on exits on problems")
        }
    };
    // Validation has reported any circle, so the order exists.
    let order = chooser::evaluation_order(&chooser.value).unwrap_or_default();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    std::fs::write(out.join("catalog.rs"), codegen::generate(&catalog))
        .expect("OUT_DIR is writable");
    std::fs::write(out.join("guides.rs"), codegen::generate_guides(&catalog))
        .expect("OUT_DIR is writable");
    // The details only a detail shows, fetched by the wasm after the first paint, under a name
    // from their text.
    let details = codegen::generate_details(&catalog);
    std::fs::write(
        out.join("details_file.rs"),
        format!(
            "pub const DETAILS_FILE: &str = {:?};\n",
            codegen::details_file(&details)
        ),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(out.join("details.txt"), details).expect("OUT_DIR is writable");
    std::fs::write(
        out.join("chooser.rs"),
        codegen::generate_chooser(&chooser.value, &order),
    )
    .expect("OUT_DIR is writable");
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{}: cannot be read: {e}", path.display());
        std::process::exit(1);
    })
}

/// Prints every problem, one line each, and stops the build if there is any.
fn fail_on(problems: &[source::Problem]) {
    if problems.is_empty() {
        return;
    }
    for problem in problems {
        eprintln!("{problem}");
    }
    eprintln!("{} problem(s) in the catalog data", problems.len());
    std::process::exit(1);
}
