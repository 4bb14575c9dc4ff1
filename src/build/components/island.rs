//! An island as the build writes it: its element, naming it and carrying its props, around
//! its still rendering (`islands`). The browser starts it from these two attributes.

use leptos::prelude::*;

use crate::islands::Island;

/// Its attributes are `islands::ISLAND_ATTR` and `PROPS_ATTR` (the test below holds the
/// literals to them).
pub fn island<I: Island>(island: I) -> AnyView {
    crate::site::needs_app();
    let props = match serde_json::to_string(&island) {
        Ok(props) => props,
        // Props are plain data and always serialize; should that ever fail, the island
        // stays prerendered and says why once started.
        Err(e) => format!("unserializable props: {e}"),
    };
    view! {
        <div class="gw-island" data-gw-island=I::NAME data-gw-props=props>{island.render()}</div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::islands::{ISLAND_ATTR, PROPS_ATTR};

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Probe {
        word: String,
    }

    impl Island for Probe {
        const NAME: &'static str = "probe";
        fn render(self) -> AnyView {
            view! { <p class="probe">{self.word}</p> }.into_any()
        }
    }

    #[test]
    fn an_island_carries_its_name_and_props_around_its_view() {
        let html = Owner::new().with(|| {
            island(Probe {
                word: "\"quoted\"".into(),
            })
            .to_html()
        });
        assert!(
            html.contains(&format!(r#"{ISLAND_ATTR}="probe""#)),
            "{html}"
        );
        assert!(
            html.contains(&format!(
                r#"{PROPS_ATTR}="{{&quot;word&quot;:&quot;\&quot;quoted\&quot;&quot;}}""#
            )),
            "{html}"
        );
        assert!(html.contains(r#"<p class="probe">"quoted"</p>"#), "{html}");
    }
}
