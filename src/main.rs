//! The wasm entry point Trunk builds: mount the guide page.

fn main() {
    console_error_panic_hook::set_once();
    stackguide::mount();
}
