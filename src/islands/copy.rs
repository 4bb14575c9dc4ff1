//! A citation (or an embed snippet) with a button that copies it; the text stays selectable
//! when copying is refused.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{self, Text};
use crate::lang::Lang;

#[derive(Serialize, Deserialize)]
pub struct CopyIsland {
    pub heading: String,
    pub text: String,
    pub lang: Lang,
    /// The language the text is written in.
    pub text_lang: Lang,
}

impl super::Island for CopyIsland {
    const NAME: &'static str = "copy";

    fn render(self) -> AnyView {
        let CopyIsland {
            heading,
            text,
            lang,
            text_lang,
        } = self;
        let status = RwSignal::new(None::<Text>);
        let to_copy = text.clone();
        let copy = move |_| {
            let text = to_copy.clone();
            leptos::task::spawn_local(async move {
                let copied = copy_to_clipboard(&text).await;
                status.set(Some(if copied {
                    i18n::COPIED
                } else {
                    i18n::COPY_FAILED
                }));
            });
        };
        view! {
            <div class="gw-cite">
                <h3>{heading.clone()}</h3>
                <p class="gw-cite__text" lang=text_lang.code()>{text}</p>
                <button type="button" class="gw-button" on:click=copy>
                    {i18n::COPY.get(lang)} <span class="gw-visually-hidden">" " {heading}</span>
                </button>
                <span class="gw-cite__status" role="status">{move || status.get().map(|t| t.get(lang))}</span>
            </div>
        }
        .into_any()
    }
}

async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
