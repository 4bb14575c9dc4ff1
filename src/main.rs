//! The wasm's entry point: starts the islands of the page it runs in (`browser::start`).

fn main() {
    gwnic::browser::start();
}
