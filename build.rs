//! Parses and validates `data/`, then writes the catalog as Rust statics to `$OUT_DIR/catalog.rs`.
//! An invalid catalog fails the build with one line per problem (file, item, field).

#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/source.rs"]
mod source;

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
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{} problem(s) in the catalog data", problems.len());
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
    std::fs::write(&out, codegen::generate(&catalog)).expect("OUT_DIR is writable");
}
