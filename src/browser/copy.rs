//! The copy button made live: the clipboard, and what it answered.

use leptos::prelude::*;

use crate::i18n::{self, Text};
use crate::islands::copy::{CopyIsland, CopyView};

impl super::Live for CopyIsland {
    fn live(self) -> AnyView {
        let status = RwSignal::new(None::<Text>);
        let text = self.text.clone();
        let copy = Callback::new(move |()| {
            let text = text.clone();
            leptos::task::spawn_local(async move {
                let copied = copy_to_clipboard(&text).await;
                status.set(Some(if copied {
                    i18n::COPIED
                } else {
                    i18n::COPY_FAILED
                }));
            });
        });
        self.view(CopyView { status, copy })
    }
}

async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
