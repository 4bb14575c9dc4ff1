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

/// What the button says it did, and what it does.
#[derive(Clone, Copy)]
pub struct CopyView {
    pub status: RwSignal<Option<Text>>,
    pub copy: Callback<()>,
}

impl CopyIsland {
    pub fn view(self, live: CopyView) -> AnyView {
        let CopyIsland {
            heading,
            text,
            lang,
            text_lang,
        } = self;
        let CopyView { status, copy } = live;
        view! {
            <div class="gw-cite">
                <h3>{heading.clone()}</h3>
                <p class="gw-cite__text" lang=text_lang.code()>{text}</p>
                <button type="button" class="gw-button" on:click=move |_| copy.run(())>
                    {i18n::COPY.get(lang)} <span class="gw-visually-hidden">" " {heading}</span>
                </button>
                <span class="gw-cite__status" role="status">{move || status.get().map(|t| t.get(lang))}</span>
            </div>
        }
        .into_any()
    }
}

impl super::Island for CopyIsland {
    const NAME: &'static str = "copy";

    fn render(self) -> AnyView {
        self.view(CopyView {
            status: RwSignal::new(None),
            copy: Callback::new(|()| {}),
        })
    }
}
