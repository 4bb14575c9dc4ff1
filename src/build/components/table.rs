//! A data table as every page writes it: a scrolling region labelled by the caption, the
//! caption, a header row of column headings (numbers right-aligned) and the rows.

use leptos::prelude::*;

/// A column of a [`DataTable`].
pub struct Column {
    pub heading: String,
    /// Holds numbers: aligned to the right, as figures are compared.
    pub numeric: bool,
}

impl Column {
    pub fn text(heading: &str) -> Column {
        Column {
            heading: heading.to_string(),
            numeric: false,
        }
    }

    pub fn number(heading: &str) -> Column {
        Column {
            heading: heading.to_string(),
            numeric: true,
        }
    }
}

/// What names a table's scrolling region for screen readers: its caption, by id, or (for a
/// table written more than once on a page, where one id would repeat) the caption's text.
pub enum Label {
    CaptionId(String),
    Text(String),
}

#[component]
pub fn DataTable(
    caption: String,
    label: Label,
    columns: Vec<Column>,
    /// The rows: `<tr>` elements.
    children: Children,
) -> impl IntoView {
    let (labelledby, region_label, caption_id) = match label {
        Label::CaptionId(id) => (Some(id.clone()), None, Some(id)),
        Label::Text(text) => (None, Some(text), None),
    };
    let headings = columns
        .into_iter()
        .map(|c| {
            if c.numeric {
                view! { <th scope="col" class="gw-num">{c.heading}</th> }.into_any()
            } else {
                view! { <th scope="col">{c.heading}</th> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="gw-table-wrap" role="region" aria-labelledby=labelledby aria-label=region_label tabindex="0">
            <table class="gw-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
