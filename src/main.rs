//! Entry point of the browser build: mounts the app. Natively there is nothing to run
//! (the domain is a library, exercised by `cargo test`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    b2c_kompas::mount();
}
