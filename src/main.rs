//! The wasm entry point Trunk builds: mount the guide page.

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "hydration-probe-client")]
    if stackguide::ui::hydration_probe::run() {
        return;
    }
    stackguide::mount();
}
