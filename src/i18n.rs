//! Every piece of interface text, in Korean and English.
//!
//! A typed table rather than an i18n crate: each entry is a `Text` with both fields, so a
//! missing translation is a compile error (leptos_i18n only warns about missing keys).
//! Content text (figures, names, sources) lives in `seeds/`, not here.

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

/// Declares each entry as a `Text` constant and lists them all in `ALL` for the parity test.
macro_rules! texts {
    ($( $name:ident { ko: $ko:literal, en: $en:literal $(,)? } )*) => {
        $( pub const $name: Text = Text { ko: $ko, en: $en }; )*
        /// Every entry with its name, for tests that check the whole table.
        pub const ALL: &[(&str, Text)] = &[ $( (stringify!($name), $name) ),* ];
    };
}

texts! {
    SITE_NAME { ko: "강원국가혁신클러스터", en: "Gangwon National Innovation Cluster" }
    SITE_TAGLINE {
        ko: "원주를 중심으로 한 디지털헬스케어 혁신 거점",
        en: "The digital-healthcare innovation hub around Wonju, Korea",
    }
    SKIP_TO_CONTENT { ko: "본문 바로가기", en: "Skip to main content" }
    MAIN_NAV_LABEL { ko: "주 메뉴", en: "Main" }
    LANG_SWITCH_LABEL { ko: "언어", en: "Language" }
    HOME_LINK { ko: "첫 화면으로", en: "Go to the home page" }

    PAGE_OVERVIEW { ko: "개요", en: "Overview" }
    PAGE_OUTCOMES { ko: "성과", en: "Outcomes" }
    PAGE_STORIES { ko: "성공 사례", en: "Success stories" }
    PAGE_MAP { ko: "지도", en: "Map" }
    PAGE_PROGRAMMES { ko: "지원 프로그램", en: "Programmes" }
    PAGE_PARTNERS { ko: "협력 기관", en: "Partners" }
    PAGE_PRESS { ko: "보도·데이터", en: "Press & data" }

    DESC_OVERVIEW {
        ko: "강원국가혁신클러스터의 주요 수치와 출처를 한눈에 봅니다.",
        en: "The Gangwon National Innovation Cluster's key figures, each with its source.",
    }
    DESC_OUTCOMES {
        ko: "지원 기업의 성장, 사업화 매출, 투자 유치 성과를 차트와 표로 봅니다.",
        en: "Growth of supported firms, commercialisation revenue and investment, as charts and tables.",
    }
    DESC_STORIES {
        ko: "아이센스, 메쥬, 오톰 등 클러스터 대표 우수 사례입니다.",
        en: "Flagship results of the cluster: i-SENS, MEZOO, OTOM and others.",
    }
    DESC_MAP {
        ko: "원주 클러스터 거점의 위치와 실제 지정 범위를 지도로 봅니다.",
        en: "Where the cluster's sites are in Wonju, and what was actually designated.",
    }
    DESC_PROGRAMMES {
        ko: "이전·입주 기업을 위한 지원 프로그램과 시작하는 방법입니다.",
        en: "Support programmes for firms moving to the cluster, and how to start.",
    }
    DESC_PARTNERS {
        ko: "해외 협력 기관, 협의체와 2018~2027년 연혁입니다.",
        en: "Overseas partners, networks and a timeline from 2018 to 2027.",
    }
    DESC_PRESS {
        ko: "모든 수치를 CSV·JSON으로 내려받고 인용하는 방법입니다.",
        en: "Every figure as CSV and JSON, and how to cite it.",
    }

    COMING_HEADING { ko: "준비 중입니다", en: "This section is coming" }
    COMING_BODY {
        ko: "이 부분은 아직 만들고 있습니다. 출처가 확인된 내용만 싣기 위해 준비하고 있습니다.",
        en: "We are still building this section, and will publish only what our sources support.",
    }

    NOT_FOUND_TITLE { ko: "페이지를 찾을 수 없습니다", en: "Page not found" }
    NOT_FOUND_BODY {
        ko: "주소가 바뀌었거나 입력한 주소에 오타가 있을 수 있습니다.",
        en: "The address may have changed, or it may contain a typo.",
    }
    NOT_FOUND_PATH { ko: "요청한 주소", en: "You asked for" }

    ROOT_HEADING { ko: "언어를 선택하세요", en: "Choose your language" }
    ROOT_BODY {
        ko: "브라우저 언어에 따라 자동으로 이동합니다.",
        en: "You will be taken to your browser's language automatically.",
    }

    FOOTER_SOURCES_HEADING { ko: "출처", en: "Sources" }
    FOOTER_SOURCES_BODY {
        ko: "모든 수치에는 출처(언론 보도, 공식 자료)와 기간이 함께 표시됩니다.",
        en: "Every figure is shown with its source (news reports, official releases) and period.",
    }
    FOOTER_BOUNDARIES {
        ko: "행정경계: 통계청(KOSTAT) SGIS, 2018 (공공누리 제1유형), southkorea/southkorea-maps 경유",
        en: "Boundaries: Statistics Korea (KOSTAT) SGIS, 2018 (KOGL Type 1), via southkorea/southkorea-maps",
    }
    FOOTER_OPERATOR {
        ko: "강원국가혁신클러스터 추진단(강원테크노파크)의 사업을 알리는 사이트입니다.",
        en: "An outreach site about the work of the Gangwon National Innovation Cluster Promotion Unit at Gangwon Technopark.",
    }
    FOOTER_OFFICIAL_SITE { ko: "강원테크노파크 공식 누리집", en: "Gangwon Technopark official website" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn every_interface_text_exists_in_both_languages() {
        for (name, text) in ALL {
            assert!(!text.ko.trim().is_empty(), "{name}: Korean text is empty");
            assert!(!text.en.trim().is_empty(), "{name}: English text is empty");
            assert!(
                has_hangul(text.ko),
                "{name}: Korean text has no Hangul: {:?}",
                text.ko
            );
            assert!(
                !has_hangul(text.en),
                "{name}: English text contains Hangul: {:?}",
                text.en
            );
        }
    }

    #[test]
    fn entry_names_are_unique() {
        let mut names: Vec<&str> = ALL.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }
}
