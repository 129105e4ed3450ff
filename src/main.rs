//! The wasm entry point Trunk builds: mount the guide page.

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(all(feature = "hydration-probe-client", target_arch = "wasm32"))]
    if stackguide::ui::hydration_probe::run() {
        return;
    }
    stackguide::mount();
}
