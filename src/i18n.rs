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

impl Text {
    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(lang).to_string(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}

impl Text {
    /// Both languages in one string, for a place that has no language yet (the root, a
    /// 404 outside both): `국문 / English`.
    pub fn both(self, separator: &str) -> String {
        format!("{}{separator}{}", self.ko, self.en)
    }
}

/// The `{name}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    names.sort_unstable();
    names
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
    PAGE_FIRMS { ko: "기업", en: "Firms" }
    PAGE_UPDATES { ko: "새 소식", en: "What's new" }
    PAGE_ZONES { ko: "특구와 혜택", en: "Zones & incentives" }
    PAGE_WHY_WONJU { ko: "왜 원주인가", en: "Why Wonju" }
    PAGE_SEARCH { ko: "검색", en: "Search" }
    DESC_SEARCH {
        ko: "수치, 출처, 용어, 성공 사례, 지원 프로그램, 특구, 기업, 새 소식을 한국어와 영어로 찾습니다.",
        en: "Find figures, sources, terms, success stories, programmes, zones, firms and news, in English or Korean.",
    }
    PAGE_ACCESSIBILITY { ko: "접근성 안내", en: "Accessibility statement" }
    DESC_ACCESSIBILITY {
        ko: "이 사이트가 웹 접근성을 어떻게 시험하는지, 아직 부족한 점은 무엇인지, 문제를 어디에 알리면 되는지 안내합니다.",
        en: "How this site is tested for accessibility, what it does not yet do well, and where to report a problem.",
    }
    A11Y_INTRO {
        ko: "누구나 이 사이트를 쓸 수 있어야 합니다. 목표는 웹 콘텐츠 접근성 지침(WCAG) 2.2 AA 수준입니다. 사이트를 고칠 때마다 아래 항목을 자동 시험으로 확인하며, 하나라도 실패하면 바뀐 내용은 게시되지 않습니다.",
        en: "Everyone should be able to use this site. We aim for the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every change to the site is tested automatically against the checks below, and a change that fails any of them is not published.",
    }
    A11Y_CHECKS_HEADING { ko: "자동 시험으로 확인하는 항목", en: "What the tests check" }
    A11Y_LAST_RUN {
        ko: "이 시험을 모두 통과한 마지막 실행: {date} (커밋 {commit})",
        en: "These tests last passed in full on {date} (commit {commit}).",
    }
    A11Y_CHECK_AXE {
        ko: "모든 페이지를 한국어판과 영어판 모두 axe-core로 검사해 WCAG 2.2 A·AA 기준과 권장 사항 위반이 없는지 확인합니다.",
        en: "Every page, in Korean and in English, is checked with axe-core for any breach of WCAG 2.2 A and AA and of its best practices.",
    }
    A11Y_CHECK_DARK {
        ko: "어두운 화면 모드에서도 같은 검사를 해 글자와 바탕의 명암 대비를 확인합니다.",
        en: "The same check runs in dark mode, so text keeps its contrast there too.",
    }
    A11Y_CHECK_KEYBOARD {
        ko: "키보드의 Tab 키만으로 모든 페이지의 모든 조작 요소에 차례대로 갈 수 있고, 초점 위치가 밝은 모드와 어두운 모드 모두에서 보입니다.",
        en: "The Tab key alone reaches every control of every page in order, and the focus is visible in light and dark mode.",
    }
    A11Y_CHECK_SKIP {
        ko: "처음 Tab 키를 누르면 ‘본문 바로가기’ 링크가 나타나 메뉴를 건너뛸 수 있습니다.",
        en: "The first press of Tab shows a link that skips the menu and goes to the main content.",
    }
    A11Y_CHECK_MAP_KEYBOARD {
        ko: "지도의 거점 선택, 확대·축소, 이동 버튼을 키보드만으로 쓸 수 있습니다.",
        en: "The map's sites and its zoom and pan buttons all work with the keyboard alone.",
    }
    A11Y_CHECK_REFLOW {
        ko: "화면을 200%로 확대하거나(640px) 폭이 320px인 화면에서도 옆으로 스크롤할 필요가 없습니다.",
        en: "At 200% zoom (640 px wide) and on a 320 px screen, no page needs sideways scrolling.",
    }
    A11Y_CHECK_MOTION {
        ko: "기기에서 ‘동작 줄이기’를 켜면 차트가 움직이지 않습니다.",
        en: "When the device asks for reduced motion, the charts do not animate.",
    }
    A11Y_CHECK_CHART_TABLES {
        ko: "차트마다 같은 수치를 담은 표와 CSV 파일이 있습니다.",
        en: "Every chart has a table and a CSV file with the same numbers.",
    }
    A11Y_CHECK_NO_SCRIPT {
        ko: "자바스크립트 없이도 모든 페이지의 제목, 본문, 수치를 읽을 수 있습니다.",
        en: "Without JavaScript, every page still shows its heading, text and figures.",
    }
    A11Y_CHECK_LANGUAGE {
        ko: "모든 페이지가 두 언어로 같은 구성을 갖추고, 영어판 속 한국어에는 언어 표시가 있어 화면 낭독기가 바르게 읽습니다.",
        en: "Every page exists in both languages with the same structure, and Korean words on English pages are marked as Korean, so screen readers pronounce them correctly.",
    }
    A11Y_LIMITS_HEADING { ko: "아직 부족한 점", en: "What we know is not yet right" }
    A11Y_LIMIT_DRAWINGS {
        ko: "지도와 차트 그림은 인쇄물처럼 어두운 화면 모드에서도 밝은 바탕을 유지합니다.",
        en: "Maps and chart drawings keep their light background in dark mode, like printed figures.",
    }
    A11Y_LIMIT_SOURCES {
        ko: "출처 링크는 다른 기관의 사이트로 이어집니다. 그 사이트의 접근성은 이 사이트가 보장할 수 없으며, 대부분 한국어로만 되어 있습니다.",
        en: "Source links lead to other organisations' sites. We cannot vouch for their accessibility, and most are in Korean only.",
    }
    A11Y_LIMIT_AUTOMATED {
        ko: "자동 시험으로 모든 문제를 찾을 수는 없습니다. 화면 낭독기 사용자와 함께한 점검은 아직 하지 못했습니다.",
        en: "Automated tests cannot find every problem, and the site has not yet been reviewed with screen-reader users.",
    }
    A11Y_REPORT_HEADING { ko: "문제 알리기", en: "Report a problem" }
    A11Y_REPORT_BODY {
        ko: "이 사이트에서 읽거나 쓰기 어려운 부분이 있으면 클러스터를 운영하는 강원테크노파크에 알려 주세요. 연락처는 공식 누리집에 있습니다.",
        en: "If any part of this site is hard for you to read or use, please tell Gangwon Technopark, which runs the cluster. Its contact details are on its official website.",
    }
    FOOTER_ACCESSIBILITY { ko: "접근성 안내", en: "Accessibility" }
    APP_NOT_STARTED {
        ko: "이 페이지의 검색, 지도, 차트 같은 기능을 시작하지 못했습니다. 내용은 그대로 읽을 수 있으며, 페이지를 새로 고침하면 다시 시도합니다.",
        en: "The interactive parts of this page (search, map, charts) could not start. Everything on it can still be read; reloading the page tries again.",
    }
    PAGE_OFFLINE { ko: "인터넷에 연결되어 있지 않습니다", en: "You are offline" }
    DESC_OFFLINE {
        ko: "인터넷에 연결되어 있지 않고, 이 페이지는 아직 이 기기에 저장되지 않았습니다.",
        en: "You are offline, and this page has not been saved on this device yet.",
    }
    OFFLINE_BODY {
        ko: "이 페이지는 아직 이 기기에 저장되지 않았습니다. 전에 열어 본 페이지와 검색은 연결 없이도 열립니다. 다시 연결되면 이 페이지를 새로 고쳐 주세요.",
        en: "This page has not been saved on this device yet. Pages you have opened before, and the search, work without a connection. Reload this page once you are back online.",
    }
    PAGE_CHANGELOG { ko: "데이터 변경 기록", en: "Data changelog" }
    DESC_CHANGELOG {
        ko: "데이터 판마다 추가·변경·삭제된 수치를 최신 판부터 싣습니다. 각 판을 바로 앞 판과 비교해 찾은 것입니다.",
        en: "Each release of this site's data, newest first, with the figures it added, changed and removed compared with the release before.",
    }
    PAGE_SOURCES { ko: "출처 목록", en: "Sources" }
    DESC_SOURCES {
        ko: "이 사이트의 수치와 글이 근거로 삼은 기사, 보도자료, 공식 자료를 최신순으로 싣습니다. 발행처, 날짜, 주소를 함께 밝혔습니다.",
        en: "The articles, press releases and official pages that this site's figures and texts come from, newest first, with publisher, date and address.",
    }
    SOURCES_CSV_NOTE { ko: "모든 출처를 CSV 파일 하나로도 받을 수 있습니다.", en: "All the sources are also available as one CSV file." }
    PAGE_UNDATED_SOURCES { ko: "날짜 미확인 출처", en: "Sources without a known date" }
    DESC_UNDATED_SOURCES {
        ko: "이 사이트가 인용한 출처 중 날짜를 확인하지 못한 것을 모았습니다. 게시일이 적혀 있지 않은 웹 페이지와 보관본에서 날짜를 찾을 수 없는 기사입니다. 발행처와 주소를 함께 밝혔습니다.",
        en: "The sources this site cites whose date is not known: web pages that carry none, and reports whose date the archived copy does not show. Each with publisher and address.",
    }
    SOURCES_UNDATED_LINK {
        ko: "날짜를 확인하지 못한 출처 {count}건은 따로 모았습니다.",
        en: "The {count} sources without a known date are listed separately.",
    }
    SOURCES_DATED_LINK {
        ko: "날짜가 확인된 출처는 연도별로 최신순으로 정리했습니다.",
        en: "Sources with a known date are listed by year, newest first:",
    }
    SOURCES_IN_KOREAN { ko: "국문", en: "In Korean" }
    SOURCES_IN_ENGLISH { ko: "영문", en: "In English" }
    SOURCES_ALL_LINK { ko: "출처 목록", en: "List of sources" }
    PRESS_SOURCES_BODY {
        ko: "수치와 글의 출처 {count}건은 발행처, 날짜(확인된 경우), 주소와 함께 별도 페이지에 모았습니다.",
        en: "The {count} sources of the figures and texts are listed on pages of their own, with publisher, date where known, and address.",
    }
    CALENDAR_PLANNED { ko: "(예정) {event}", en: "(Planned) {event}" }
    CALENDAR_NAME { ko: "{site} 주요 일정", en: "{site}: milestones" }
    CALENDAR_DESCRIPTION {
        ko: "클러스터와 원주의 지난 일과 예정된 일정입니다. 날짜는 출처에 적힌 만큼만 정확합니다. 달이나 해만 알려진 일은 그 달이나 해 전체에 걸쳐 표시됩니다.",
        en: "Past and planned milestones of the cluster and Wonju. A date is only as precise as its source: an event known only by its month or year spans that whole month or year.",
    }
    UPDATES_FEED { ko: "새 소식 구독(Atom 피드)", en: "Follow the news (Atom feed)" }
    CALENDAR_LINK { ko: "주요 일정 달력(.ics)", en: "Milestones calendar (.ics)" }
    LICENSE_ATTRIBUTION { ko: "출처: {site} 누리집, 데이터 {version}판 (CC BY 4.0)", en: "Source: {site} website, data release {version} (CC BY 4.0)" }
    PRESS_LICENCE_HEADING { ko: "이용 허락", en: "Licence" }
    PRESS_LICENCE_BODY {
        ko: "이 누리집에서 작성한 글과 데이터(수치 파일, 차트, 용어집)는 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스(CC BY 4.0)로 공개합니다. 출처를 밝히면 자유롭게 이용·변경·배포할 수 있습니다. 각 수치가 인용한 기사와 보도자료는 그 발행처의 저작물입니다.",
        en: "The text and data on this site (the figure files, charts and glossary) are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You can use, adapt and share them if you credit the source. The articles and press releases that each figure cites remain their publishers' work.",
    }
    PRESS_LICENCE_CREDIT { ko: "표기 예시:", en: "Credit it as:" }
    PRESS_LICENCE_LINK { ko: "CC BY 4.0 라이선스 안내(크리에이티브 커먼즈)", en: "The CC BY 4.0 licence on the Creative Commons website" }
    PRESS_DATAPACKAGE {
        ko: "모든 파일의 목록, 크기, SHA-256 체크섬과 이용 허락을 담은 기계 판독용 설명(Data Package):",
        en: "A machine-readable description of every file, with its size, SHA-256 checksum and licence (Data Package):",
    }
    PRESS_KIT_HEADING { ko: "프레스 키트", en: "Press kit" }
    PRESS_KIT_BODY {
        ko: "내려받기 파일 전부, 차트 그림(SVG)과 데이터(CSV), 한 장짜리 요약 자료(팩트시트), 클러스터 소개 문단, 체크섬 목록을 ZIP 파일 하나에 담았습니다. 데이터 {version}판입니다.",
        en: "Every download, the charts as images (SVG) and data (CSV), a one-page fact sheet, the paragraph about the cluster and a list of checksums, in one ZIP file. Data release {version}.",
    }
    PRESS_KIT_KO { ko: "한국어판 프레스 키트", en: "Press kit in Korean" }
    PRESS_KIT_EN { ko: "영어판 프레스 키트", en: "Press kit in English" }
    PRESS_KIT_CHECK {
        ko: "압축을 푼 폴더에서 sha256sum -c {sums} 명령으로 모든 파일이 온전한지 확인할 수 있습니다.",
        en: "In the unpacked folder, sha256sum -c {sums} checks that every file is intact.",
    }
    PRESS_KIT_ABOUT_AS_OF { ko: "정보 기준일: {date} · 데이터 {version}판", en: "Information as of {date} · data release {version}" }
    PRESS_KIT_ABOUT_CONTENTS {
        ko: "fact-sheet.html: 한 장짜리 요약 자료(브라우저에서 열어 인쇄할 수 있습니다)\ndata/: 수치·출처·용어·거점·특구·기업 파일(CSV, JSON)과 그 설명(datapackage.json)\ncharts/: 차트마다 그림(SVG)과 데이터(CSV)",
        en: "fact-sheet.html: a one-page fact sheet (open it in a browser to read or print)\ndata/: the figures, sources, glossary, sites, zones and firms (CSV, JSON) and their description (datapackage.json)\ncharts/: each chart as an image (SVG) and its data (CSV)",
    }
    PRESS_VERSIONS {
        ko: "이 파일들은 늘 최신 데이터이며, 지금은 데이터 {version}판입니다. 지난 판은 판마다 바뀌지 않는 주소에 그대로 남아 있습니다:",
        en: "These files always hold the latest data: now data release {version}. Each earlier release stays at its own fixed address:",
    }
    FEED_SOURCES { ko: "출처: {sources}", en: "Sources: {sources}" }
    FEED_UPDATES_TITLE { ko: "새 소식 (Atom)", en: "What's new (Atom)" }
    FEED_RELEASES_TITLE { ko: "데이터 변경 기록 (Atom)", en: "Data changelog (Atom)" }
    CHANGELOG_FEED { ko: "새 데이터 판 구독(Atom 피드)", en: "Follow new data releases (Atom feed)" }
    CHANGELOG_FILES { ko: "이 판의 파일", en: "This release's files" }
    CHANGELOG_ALL_FILES {
        ko: "다른 파일도 같은 폴더({dir})에 그대로 남아 있습니다.",
        en: "The release's other files stay in the same folder ({dir}).",
    }
    CHANGELOG_CURRENT { ko: "최신 판", en: "Latest release" }
    CHANGELOG_UNRELEASED { ko: "아직 배포하지 않은 변경", en: "Changes not yet released" }
    CHANGELOG_UNRELEASED_NOTE { ko: "{version}판 이후 누리집에 반영했지만 아직 새 판으로 배포하지 않은 수치입니다. 이 수치를 인용할 때는 {date} 기준 데이터임을 밝혀 주십시오. 다음 판이 나오면 고정 주소로 인용할 수 있습니다.", en: "These figures changed on the site after release {version} and are not yet in a release. Cite them as the data of {date}; once the next release is cut, it keeps them at a fixed address." }
    CHANGELOG_COUNTS { ko: "수치 {added}개 추가, {changed}개 변경, {removed}개 삭제", en: "{added} figures added, {changed} changed, {removed} removed" }
    CHANGELOG_FIRST { ko: "최초 공개 판: 수치 {count}개", en: "First release: {count} figures" }
    CHANGELOG_NO_FIGURE_CHANGE { ko: "수치 변경 없음", en: "No figure changed" }
    CHANGELOG_ADDED { ko: "추가된 수치", en: "Added" }
    CHANGELOG_CHANGED { ko: "바뀐 수치", en: "Changed" }
    CHANGELOG_REMOVED { ko: "빠진 수치", en: "Removed" }
    CHANGELOG_RELEASE_HEADING { ko: "{date} 판", en: "Release of {date}" }
    HISTORY_HEADING { ko: "데이터 판마다 실린 값", en: "In each data release" }
    HISTORY_INTRO {
        ko: "이 누리집이 낸 데이터 판마다 이 수치가 어떻게 실렸는지를 새 판부터 보여 줍니다. 지난 판의 파일도 그대로 받을 수 있습니다.",
        en: "How each release of this site's data gave this figure, newest first; every release's files stay published.",
    }
    HISTORY_RELEASE { ko: "판", en: "Release" }
    HISTORY_CAPTION { ko: "데이터 판마다 실린 값과 기간", en: "Value and period in each data release" }
    SEARCH_LABEL { ko: "사이트 검색", en: "Search the site" }
    SEARCH_BUTTON { ko: "검색", en: "Search" }
    SEARCH_PLACEHOLDER { ko: "예: 혁신도시, 수출, 268억", en: "for example, Innovation City or 26.82" }
    SEARCH_HINT {
        ko: "낱말의 일부나 화면에 적힌 그대로의 숫자(예: 268억)로도 찾을 수 있고, 입력한 낱말이 모두 들어 있는 결과만 나옵니다. 검색어가 주소(URL)에 담기므로 검색 결과를 링크로 공유할 수 있습니다.",
        en: "You can search for part of a word, or for a number as the site writes it (for example, 26.82). Results contain every word you type. The search is kept in the page address, so you can share the results as a link.",
    }
    SEARCH_NO_SCRIPT {
        ko: "검색은 브라우저에서 JavaScript로 실행됩니다. JavaScript 없이는 아래 메뉴에서 찾아 주세요.",
        en: "Search runs in the browser with JavaScript. Without it, every section is listed below.",
    }
    SEARCH_LOADING { ko: "검색 색인을 불러오는 중입니다…", en: "Loading the search index…" }
    SEARCH_FAILED { ko: "검색 색인을 불러오지 못했습니다: {reason}", en: "The search index could not be loaded: {reason}" }
    SEARCH_RETRY { ko: "다시 시도", en: "Try again" }
    SEARCH_COUNT { ko: "“{query}” 검색 결과 {count}건", en: "{count} results for “{query}”" }
    SEARCH_COUNT_ONE { ko: "“{query}” 검색 결과 1건", en: "1 result for “{query}”" }
    SEARCH_SHOWING { ko: "이 중 앞의 {shown}건을 보여 드립니다. 검색어를 더 구체적으로 적어 보세요.", en: "The first {shown} are shown; a longer query narrows them." }
    SEARCH_NONE { ko: "“{query}”에 맞는 결과가 없습니다. 낱말을 줄이거나 다른 언어로 찾아보세요.", en: "Nothing matches “{query}”. Try fewer words, or the other language." }
    SEARCH_SECTIONS { ko: "사이트 메뉴", en: "The site's sections" }
    SEARCH_KIND_PAGE { ko: "메뉴", en: "Section" }
    SEARCH_KIND_FIGURE { ko: "수치", en: "Figure" }
    SEARCH_KIND_ZONE { ko: "특구", en: "Zone" }
    SEARCH_KIND_PROGRAMME { ko: "지원 프로그램", en: "Programme" }
    SEARCH_KIND_FIRM { ko: "기업", en: "Firm" }
    SEARCH_KIND_STORY { ko: "성공 사례", en: "Success story" }
    SEARCH_KIND_UPDATE { ko: "새 소식", en: "News" }
    SEARCH_KIND_WHY_WONJU { ko: "왜 원주인가", en: "Why Wonju" }
    SEARCH_KIND_TERM { ko: "용어", en: "Term" }
    SEARCH_KIND_SOURCE { ko: "출처", en: "Source" }

    DESC_OVERVIEW {
        ko: "강원국가혁신클러스터의 주요 수치와 출처를 한눈에 봅니다.",
        en: "The Gangwon National Innovation Cluster's key figures, each with its source.",
    }
    DESC_OUTCOMES {
        ko: "지원 기업의 성장, 사업화 매출, 투자 유치 성과를 차트와 표로 봅니다.",
        en: "Growth of supported firms, commercialisation revenue and investment, as charts and tables.",
    }
    DESC_STORIES {
        ko: "아이센스, 메쥬, 오톰: 클러스터의 대표 성과로 보도된 세 기업의 사례입니다.",
        en: "i-SENS, MEZOO and OTOM: three firms reported as the cluster's flagship results.",
    }
    DESC_MAP {
        ko: "클러스터 거점이 원주 어디에 있는지, 실제로 어디까지 지정됐는지 지도로 봅니다.",
        en: "Where the cluster's sites are in Wonju, and what was actually designated.",
    }
    DESC_PROGRAMMES {
        ko: "이전·입주 기업을 위한 지원 프로그램과 문의 방법입니다.",
        en: "Support programmes for firms moving to the cluster, and how to start.",
    }
    DESC_PARTNERS {
        ko: "해외 협력 기관, 협의체와 2018~2027년 연혁입니다.",
        en: "Overseas partners, networks and a timeline from 2018 to 2027.",
    }
    DESC_FIRMS {
        ko: "원주 의료기기·헬스케어 산업과 관련해 보도와 자료에 이름이 나온 기업입니다. 무엇을 만드는지, 원주 어디에 있는지 출처와 함께 봅니다.",
        en: "Firms that reports and records name in connection with Wonju's medical-device and health industries: what they make and where in Wonju, with sources.",
    }
    DESC_UPDATES {
        ko: "2023년 이후 클러스터와 원주에서 있었던 일, 그리고 예정된 일정입니다. 최근 것부터 싣습니다.",
        en: "What has happened in the cluster and in Wonju since 2023, newest first, and what is planned.",
    }
    DESC_WHY_WONJU {
        ko: "기업이 원주를 고를 때 알아야 할 것: 의료기기 산업, 교통, 인재, 건강보험 기관, 입주 공간. 항목마다 날짜와 출처를 달았습니다.",
        en: "What a firm weighing Wonju should know: the device industry, travel, people, the health-insurance bodies and space to rent, each with its date and source.",
    }
    DESC_ZONES {
        ko: "원주에 적용되었거나 적용 중인 클러스터·특구·외국인투자지역과, 기업이 각각에서 받을 수 있는 혜택입니다.",
        en: "The cluster, special zones and foreign-investment zone that apply, or applied, in Wonju, and what each gives a firm.",
    }
    DESC_PRESS {
        ko: "모든 수치의 CSV·JSON 파일과 인용 방법입니다.",
        en: "Every figure as CSV and JSON, and how to cite it.",
    }

    MAP_DESIGNATION_HEADING { ko: "무엇이 지정되었나", en: "What was designated" }
    MAP_DESIGNATION_BODY {
        ko: "2018년 강원도는 원주 혁신도시를 중심으로 반경 {radius} 안의 거점 부지를 국가혁신클러스터로 지정받았습니다. 지정 면적은 모두 {area}입니다. 지도의 원은 이 반경을 그린 것이라 원주시보다도 넓지만, 원 안이 모두 클러스터는 아닙니다. 클러스터는 지정된 거점들뿐입니다. 위의 거점 목록에는 보도에 지정 지구로 나온 곳과, 클러스터와 관련은 있지만 지정 근거를 찾지 못한 곳을 나눠 실었습니다.",
        en: "In 2018 Gangwon Province had the sites within a {radius} radius of the Wonju Innovation City designated as the National Innovation Cluster, {area} in all. The circle on the map draws that radius and is larger than Wonju itself, but not everything inside it is the cluster: the cluster is the designated sites only. The lists above separate the places reports name as designated from places linked to the cluster for which no designation was found.",
    }
    MAP_DESIGNATION_SUMMARY { ko: "반경 {radius}, 면적 {area}", en: "A {radius} radius, {area} in all" }
    MAP_DESIGNATION_SUMMARY_DISAGREE { ko: "반경 {radius}, 면적 {area} · 출처 간 차이 있음", en: "A {radius} radius, {area} in all · sources disagree" }
    MAP_LIST_DESIGNATED { ko: "지정된 거점", en: "Designated sites" }
    MAP_LIST_DESIGNATED_NOTE {
        ko: "출처에서 클러스터 지정 지구로 꼽힌 곳입니다. 이 목록을 실은 보도(게재일 미확인)는 '등'으로 끝나 빠진 곳이 있을 수 있습니다.",
        en: "Places a source names as designated districts of the cluster. The report that gives the list (date not recorded) ends it with \u{201c}etc.\u{201d}, so it may be incomplete.",
    }
    MAP_LIST_RELATED { ko: "관련 장소", en: "Related places" }
    MAP_LIST_RELATED_NOTE {
        ko: "클러스터와 관련은 있지만, 지정 지구로 꼽은 출처가 없는 곳입니다.",
        en: "Places linked to the cluster that no source names as designated.",
    }
    MAP_LEGEND_DESIGNATED { ko: "지정된 거점(채운 표시)", en: "Designated site (filled)" }
    MAP_LEGEND_RELATED { ko: "관련 장소, 지정 지구로 꼽은 출처 없음(빈 표시)", en: "Related place, not named as designated (outlined)" }
    MAP_CARD_DESIGNATION { ko: "지정 여부", en: "Designation" }
    MAP_CARD_DESIGNATED_BY { ko: "지정 지구로 꼽은 출처: ", en: "Named as designated by " }
    MAP_CARD_NOT_DESIGNATED { ko: "지정 지구로 꼽은 출처가 없습니다.", en: "No source names it as designated." }
    MAP_SITE_ZONES { ko: "이곳에 적용되는 지정", en: "Designations that cover this site" }
    MAP_DISTRICT_ZONES { ko: "이 읍면동에 적용되는 지정", en: "Designations that cover this district" }
    MAP_DISTRICT_NONE {
        ko: "이 읍면동을 지구로 꼽은 출처는 없습니다. 원주 전역에 걸친 지정만 적용됩니다.",
        en: "No source names this district for any designation; only those covering all of Wonju apply.",
    }
    MAP_DISTRICT_UNKNOWN { ko: "지도에 없는 읍면동 코드입니다: {code}", en: "The map has no district with the code {code}." }
    MAP_DISTRICT_HINT {
        ko: "지도나 아래 읍면동 목록에서 읍면동을 고르면 그곳에 적용되는 특구와 혜택이 나옵니다.",
        en: "Choose a district on the map, or from the list below, to see which zones and incentives apply there.",
    }
    MAP_DISTRICT_LIST { ko: "읍면동 목록", en: "Districts" }
    MAP_DISTRICT_ZONES_LINK { ko: "특구와 혜택 전체 보기", en: "All zones and incentives" }
    MAP_OUTSIDE_DESIGNATED { ko: "지정 지구", en: "designated" }
    MAP_HEADING { ko: "클러스터 거점 지도", en: "Map of the cluster's sites" }
    MAP_SVG_LABEL {
        ko: "원주시 지도: 클러스터 거점과 지정 반경",
        en: "Map of Wonju: the cluster's sites and the designated radius",
    }
    MAP_LOADING { ko: "지도를 불러오는 중…", en: "Loading the map…" }
    MAP_FAILED { ko: "지도를 불러오지 못했습니다.", en: "The map could not be loaded." }
    MAP_FAILED_LIST {
        ko: "지도 없이도 아래 거점 목록과 설명은 볼 수 있습니다.",
        en: "The list of sites and their details below still work.",
    }
    MAP_RETRY { ko: "다시 시도", en: "Try again" }
    MAP_NO_SCRIPT {
        ko: "지도를 보려면 자바스크립트가 필요합니다. 거점 목록과 지도 데이터는 아래에 있습니다.",
        en: "The map needs JavaScript. The list of sites and the map data are below.",
    }
    MAP_CONTROLS_LABEL { ko: "지도 조작", en: "Map controls" }
    MAP_ZOOM_IN { ko: "확대", en: "Zoom in" }
    MAP_ZOOM_OUT { ko: "축소", en: "Zoom out" }
    MAP_RESET { ko: "전체 보기", en: "Show all" }
    MAP_PAN_NORTH { ko: "북쪽으로", en: "Move north" }
    MAP_PAN_SOUTH { ko: "남쪽으로", en: "Move south" }
    MAP_PAN_WEST { ko: "서쪽으로", en: "Move west" }
    MAP_PAN_EAST { ko: "동쪽으로", en: "Move east" }
    MAP_LEGEND_HEADING { ko: "범례", en: "Key" }
    MAP_LEGEND_POINT { ko: "출처가 있는 좌표", en: "Site with a sourced coordinate" }
    MAP_LEGEND_DISTRICT {
        ko: "좌표 출처가 없는 거점: 읍면동 전체를 표시",
        en: "Site without a sourced coordinate: its whole district is shown",
    }
    MAP_LEGEND_RADIUS {
        ko: "지정 반경 {radius}. 혁신도시가 있는 동의 한가운데를 중심으로 이 사이트가 그린 원입니다.",
        en: "The designated {radius} radius, drawn by this site around the middle of the Innovation City's district",
    }
    MAP_LEGEND_CENTRE {
        ko: "반경의 중심(어림값): 혁신도시가 있는 동의 한가운데{centre}. 보도에는 혁신도시가 중심이라고만 나오고, 정확한 지점은 없습니다.",
        en: "Centre of the radius (approximate): the centroid of the Innovation City's district{centre}. The sources name the Innovation City as the centre but give no exact point.",
    }
    MAP_LEGEND_CITY { ko: "원주시 경계와 읍면동", en: "Wonju's boundary and its districts (eup, myeon, dong)" }
    MAP_LEGEND_PROVINCE { ko: "강원도(2018년 경계)", en: "Gangwon Province (2018 boundary)" }
    MAP_CREDIT {
        ko: "경계: 통계청 통계지리정보서비스(SGIS), 2018년 (공공누리 제1유형), southkorea/southkorea-maps 경유.",
        en: "Boundaries: Statistics Korea (KOSTAT) SGIS, 2018 (KOGL Type 1), via southkorea/southkorea-maps.",
    }
    MAP_PROJECTION_NOTE {
        ko: "위쪽이 북쪽입니다. 원주의 위도에 맞춘 등장방형 도법으로 그렸습니다.",
        en: "North is up. Equirectangular projection, scaled at Wonju's latitude.",
    }
    MAP_CARD_EMPTY {
        ko: "목록이나 지도에서 거점을 고르면 여기에 위치와 출처가 나옵니다.",
        en: "Choose a site in the list or on the map to see where it is and where that comes from.",
    }
    MAP_CARD_COORDINATE { ko: "좌표 (WGS84)", en: "Coordinate (WGS84)" }
    MAP_CARD_CONFIDENCE { ko: "좌표 신뢰도", en: "Confidence in the coordinate" }
    MAP_CARD_COORDINATE_SOURCE { ko: "좌표 출처", en: "Source of the coordinate" }
    MAP_CARD_SHOWN_AS { ko: "지도에 표시한 구역", en: "Shown on the map as" }
    MAP_CARD_NO_COORDINATE {
        ko: "출처를 밝힐 수 있는 좌표가 없어 읍면동 전체를 표시합니다.",
        en: "No citable coordinate was found, so the whole district is shown.",
    }
    MAP_CARD_SOURCES { ko: "출처", en: "Sources" }
    MAP_CARD_CLEAR { ko: "선택 해제", en: "Clear the selection" }
    MAP_UNKNOWN_SITE {
        ko: "'{id}'라는 거점은 없습니다. 모든 거점을 보여 드립니다.",
        en: "There is no site called \u{201c}{id}\u{201d}. Showing all sites.",
    }
    MAP_OUTSIDE_HEADING { ko: "원주 밖의 거점", en: "Outside Wonju" }
    MAP_DATA_HEADING { ko: "지도 데이터", en: "Map data" }
    MAP_DL_GEOMETRY { ko: "지도 도형(투영한 좌표, JSON)", en: "Map geometry, projected (JSON)" }
    MAP_DL_BOUNDARIES { ko: "원본 경계 (GeoJSON, WGS84)", en: "Boundaries as received (GeoJSON, WGS84)" }
    CONFIDENCE_LOW { ko: "낮음", en: "low" }
    CONFIDENCE_MEDIUM { ko: "중간", en: "medium" }
    CONFIDENCE_MEDIUM_HIGH { ko: "중상", en: "medium to high" }
    CONFIDENCE_HIGH { ko: "높음", en: "high" }

    STORIES_INTRO {
        ko: "클러스터 지원으로 성과를 냈다고 보도된 기업 세 곳입니다. 각 사례 페이지에는 문장마다 출처를 달았습니다. 수치를 누르면 정의와 출처를 볼 수 있습니다.",
        en: "Three firms reported to have achieved results with the cluster's support. On each story page every statement names its source; choose a figure to see its definition and source.",
    }
    STORY_FIGURES { ko: "수치", en: "Figures" }
    STORY_CAVEATS { ko: "유의할 점", en: "Caveats" }
    STORY_DISAGREE { ko: "출처가 엇갈리는 부분", en: "Where the sources disagree" }
    STORY_ALL { ko: "모든 성공 사례", en: "All success stories" }
    STORY_PRODUCT { ko: "제품", en: "Product" }
    SOURCES_LABEL { ko: "출처", en: "Sources" }

    PROGRAMMES_INTRO {
        ko: "보도와 자료에 나온 지원 프로그램 가운데 아직 끝나지 않은 것입니다. 필요한 것과 지금 상황을 고르면 맞는 프로그램만 남습니다. 기간이 끝난 프로그램은 아래에 따로 모았습니다.",
        en: "The support programmes the sources name that have not ended. Pick what you need and where you stand, and only the programmes that fit remain. Programmes past their end date are listed below.",
    }
    FINDER_HEADING { ko: "맞는 프로그램 찾기", en: "Find programmes that fit" }
    FINDER_NEEDS { ko: "무엇이 필요한가요?", en: "What do you need?" }
    FINDER_SITUATIONS { ko: "지금 어떤 상황인가요?", en: "Where do you stand?" }
    FINDER_RESET { ko: "선택 초기화", en: "Reset the choices" }
    FINDER_COUNT { ko: "전체 {total}개 중 {count}개 프로그램", en: "{count} of {total} programmes" }
    FINDER_EMPTY {
        ko: "고른 조건에 맞는 프로그램이 없습니다. 조건을 줄이거나 초기화해 보세요.",
        en: "No programme fits all of these choices. Try fewer, or reset them.",
    }
    FINDER_IGNORED {
        ko: "주소에 잘못된 선택값이 있어 빼고 보여 드립니다.",
        en: "The address held choices we do not recognise; they were ignored.",
    }
    FINDER_OUR_READING {
        ko: "'필요'와 '상황' 분류는 출처의 설명을 바탕으로 이 사이트가 나눈 것입니다. 출처에는 지원 자격이나 마감일이 없습니다.",
        en: "The needs and situations are this site's sorting of the sources' descriptions; the sources give no eligibility rules or deadlines.",
    }
    NEED_RND { ko: "기술개발(R&D)", en: "R&D" }
    NEED_TALENT { ko: "인재", en: "Talent" }
    NEED_INVESTMENT { ko: "투자·시장", en: "Investment and market" }
    NEED_GLOBAL { ko: "해외 협력", en: "Global partners" }
    NEED_NETWORK { ko: "네트워크", en: "Network" }
    SITUATION_RELOCATING { ko: "클러스터로 이전을 검토 중", en: "Thinking of relocating to the cluster" }
    SITUATION_IN_CLUSTER { ko: "이미 클러스터에 있음", en: "Already in the cluster" }
    PROGRAMME_PHASE1 { ko: "1기 (2018~2022년, 종료)", en: "Phase 1 (2018–2022, ended)" }
    PROGRAMME_ENDED_SCHEDULED { ko: "2기 ({date} 종료 예정, 기간 지남)", en: "Phase 2 (scheduled to end {date}; that date has passed)" }
    PROGRAMMES_ENDED { ko: "기간이 끝난 프로그램", en: "Programmes past their end date" }
    PROGRAMMES_ENDED_NOTE {
        ko: "기록으로 남겨 둡니다. 정해진 기간이 지나 '맞는 프로그램 찾기'에서는 빠집니다. 기간이 끝났지만 종료를 전한 출처가 없는 프로그램은 설명에 그렇게 적었습니다.",
        en: "Listed for the record. Their scheduled periods are over, so the finder no longer offers them. Where no source reports a programme actually ending, its description says so.",
    }
    PROGRAMME_PHASE2 { ko: "2기 (2023~2027년, 2022년 12월 발표 계획)", en: "Phase 2 (2023–2027; as planned in Dec 2022)" }
    PROGRAMME_KIND_RND { ko: "기술개발(R&D)", en: "R&D" }
    PROGRAMME_KIND_NON_RND { ko: "비R&D", en: "Non-R&D" }
    PROGRAMME_KIND_HUB { ko: "거점 지정", en: "Hub designation" }
    PROGRAMME_FOR { ko: "대상", en: "For" }
    PROGRAMME_NEEDS { ko: "지원 분야", en: "Serves" }
    PROGRAMME_ASK {
        ko: "지원 자격, 공고, 마감일은 출처에 없습니다. 강원국가혁신클러스터 추진단(강원테크노파크)에 문의하세요.",
        en: "The sources give no eligibility criteria, calls or deadlines: ask the Gangwon National Innovation Cluster Promotion Unit at Gangwon Technopark.",
    }
    GUIDE_HEADING { ko: "이전 안내: 둘러보기부터 신청까지", en: "Relocation guide: from a first look to an application" }
    GUIDE_STEP1 {
        ko: "'성과'와 '성공 사례'에서 클러스터의 실적을 살펴봅니다.",
        en: "See what the cluster has achieved, in the outcomes and the success stories.",
    }
    GUIDE_STEP2 {
        ko: "거점이 어디에 있는지 지도에서 확인합니다.",
        en: "Check where its sites are, on the map.",
    }
    GUIDE_STEP3 {
        ko: "위의 찾기 도구로 맞는 프로그램을 추립니다. 주소를 저장하거나 공유하면 선택이 그대로 남습니다.",
        en: "Shortlist the programmes that fit with the finder above; save or share the address to keep the choices.",
    }
    GUIDE_STEP4 {
        ko: "강원국가혁신클러스터 추진단에 현재 공고, 지원 자격, 마감일을 문의합니다. 추진단은 강원테크노파크 융복합혁신지원센터가 맡고 있습니다.",
        en: "Ask the Promotion Unit about current calls, eligibility and deadlines. The unit is Gangwon Technopark's Convergence Innovation Support Centre.",
    }
    GUIDE_STEP5 {
        ko: "추진단이 알리는 공고에 따라 신청합니다.",
        en: "Apply through the calls the unit announces.",
    }
    GUIDE_CONTACT { ko: "강원테크노파크 공식 누리집", en: "The Promotion Unit's page on Gangwon Technopark's English website" }
    GUIDE_NO_PHONE {
        ko: "이 사이트는 출처로 확인한 연락처만 싣습니다. 전화번호와 전자우편 주소는 공식 누리집에서 확인하세요.",
        en: "This site lists only contact details it could verify from a source; find phone numbers and e-mail addresses on the official website.",
    }

    PARTNERS_INTRO {
        ko: "클러스터와 업무협약을 맺은 해외 기관, 함께 일하는 협의체·특구·센터를 소개합니다. 2기 목표와 전략, 2018~2027년 연표도 실었습니다.",
        en: "The overseas bodies the cluster signed MOUs with, the forum, zone and centre it works with, the goals and strategies of phase 2, and a timeline from 2018 to 2027.",
    }
    PARTNERS_MOUS { ko: "해외 업무협약(MOU)", en: "International MOUs" }
    PARTNERS_CONTEXT { ko: "협의체, 특구, 센터", en: "Forum, zone and centre" }
    PARTNERS_GOALS { ko: "2기(2023~2027년) 목표: 2022년 12월 발표 계획", en: "Phase-2 goals (2023–2027), as planned in Dec 2022" }
    PARTNERS_STRATEGIES { ko: "육성 전략", en: "Strategies" }
    PARTNERS_TIMELINE { ko: "연표", en: "Timeline" }
    PARTNER_KIND_MOU { ko: "업무협약", en: "MOU" }
    PARTNER_KIND_FORUM { ko: "협의체", en: "Forum" }
    PARTNER_KIND_ZONE { ko: "규제자유특구", en: "Regulation-free zone" }
    PARTNER_KIND_CENTRE { ko: "지원센터", en: "Support centre" }

    FIRMS_COUNT {
        ko: "출처에 이름이 나온 기업 {named}곳입니다. 전체 목록은 아닙니다. {period} 발표로는 클러스터 입주기업이 {total}입니다.",
        en: "{named} firms named in sources; not a full list. For scale, the cluster had {total} tenant firms as announced in {period}.",
    }
    FIRMS_FILTER_ROLE { ko: "역할로 거르기", en: "Filter by role" }
    FIRMS_FILTER_SITE { ko: "위치로 거르기", en: "Filter by place" }
    FIRMS_ALL { ko: "모두", en: "All" }
    FIRMS_SHOWN { ko: "{shown}곳 표시", en: "Showing {shown}" }
    FIRMS_NONE { ko: "이 조건에 맞는 기업이 없습니다.", en: "No firm matches." }
    FIRMS_IGNORED {
        ko: "주소에 잘못된 선택값이 있어 빼고 보여 드립니다.",
        en: "The address had a choice we do not know; it was left out.",
    }
    FIRM_MAKES { ko: "만드는 것", en: "Makes" }
    FIRM_ROLES { ko: "이름이 나온 까닭", en: "Named as" }
    FIRM_WHERE { ko: "원주 안 위치", en: "Where in Wonju" }
    FIRM_WHERE_UNKNOWN { ko: "출처에 원주 안 위치가 없습니다.", en: "The sources give no site in Wonju." }
    FIRM_NAME_OURS { ko: "영문 이름은 이 사이트가 적은 것으로, 기업이 확인한 표기가 아닙니다.", en: "English name as this site writes it; not confirmed by the firm." }
    FIRM_ROLE_STORY { ko: "성공 사례", en: "Success story" }
    FIRM_ROLE_ANCHOR { ko: "2023~2024년 유치 중핵기업", en: "Anchor firm attracted in 2023–24" }
    FIRM_ROLE_CLUSTER_RND { ko: "클러스터 R&D 과제 참여(2018년)", en: "Cluster R&D task (2018)" }
    FIRM_ROLE_HOSPITAL_RND { ko: "병원 연계 R&D 참여", en: "Hospital-linked R&D partner" }
    FIRM_ROLE_ZONE { ko: "디지털헬스케어 규제자유특구 참여", en: "Took part in the digital-healthcare regulation-free zone" }
    FIRM_ROLE_INVESTOR { ko: "원주 투자·이전 협약", en: "Agreement to invest in or move to Wonju" }
    FIRM_ROLE_TENANT { ko: "원주 산업단지 입주", en: "Site in a Wonju complex" }
    DL_FIRMS_CSV { ko: "출처에 나온 기업 (CSV)", en: "Firms named in sources (CSV)" }
    DL_FIRMS_CSV_DESC {
        ko: "출처에 이름이 나온 기업: 이름, 만드는 것, 역할, 원주 안 위치와 지도의 거점, 출처. 클러스터의 모든 기업은 아닙니다.",
        en: "Firms named in sources: names, what they make, roles, where in Wonju and the map site, sources. Not every firm in the cluster.",
    }
    UPDATES_INTRO {
        ko: "항목마다 날짜와 출처를 달았습니다. 정보 기준일({date}) 뒤의 일정은 '예정'에 따로 모았습니다.",
        en: "Each entry has its date and sources. Anything dated after the date this information was last checked ({date}) is listed separately under \u{201c}Planned\u{201d}.",
    }
    UPDATES_FULL_TIMELINE { ko: "2018년부터의 전체 연표 보기", en: "The full timeline from 2018" }
    UPDATES_PLANNED { ko: "예정", en: "Planned" }
    UPDATES_LATEST { ko: "최근 소식", en: "Latest" }
    UPDATES_RELATED { ko: "관련: ", en: "See: " }
    WHY_INTRO {
        ko: "이 페이지에는 원주와 강원 전체의 수치를 모았습니다. 클러스터 사업의 성과가 아닙니다. 카드마다 언제 보도된 내용인지 적었고, 계획은 계획이라고 밝혔습니다.",
        en: "The figures on this page describe Wonju or Gangwon as a whole, not the results of the cluster programme. Each card says when it was reported, and plans are marked as plans.",
    }
    OVERVIEW_WHY_NOTE {
        ko: "강원의 의료기기 산업과 원주의 입지 여건입니다. 클러스터 사업의 성과가 아니라 지역 전체의 수치입니다.",
        en: "Gangwon's medical-device industry and Wonju as a location: figures for the region as a whole, not results of the cluster programme.",
    }
    OVERVIEW_WHY_MORE { ko: "왜 원주인가: 교통, 인재, 공간까지 모두 보기", en: "Why Wonju: travel, talent, space and more" }
    WHY_CONTENTS { ko: "이 페이지의 주제", en: "On this page" }
    WHY_KEY_FIGURES { ko: "주요 수치", en: "Key figures" }
    WHY_AS_OF { ko: "{date} 기준", en: "As of {date}" }
    WHY_THEME_INDUSTRY { ko: "의료기기 산업", en: "The medical-device industry" }
    WHY_THEME_TRAVEL { ko: "교통", en: "Getting here" }
    WHY_THEME_PEOPLE { ko: "사람과 인재", en: "People and talent" }
    WHY_THEME_HEALTH_BODIES { ko: "건강보험 기관", en: "The health-insurance bodies" }
    WHY_THEME_SPACE { ko: "입주 공간", en: "Space for firms" }
    WHY_NEXT { ko: "다음으로 볼 것", en: "Next steps" }
    WHY_NEXT_ZONES { ko: "어떤 특구와 세제 혜택이 어디에 적용되는지", en: "Which zones and tax incentives apply where" }
    WHY_NEXT_FIRMS { ko: "원주에 있는 기업", en: "Who else is here" }
    WHY_NEXT_PROGRAMMES { ko: "맞는 지원 프로그램과 문의처", en: "Programmes that fit, and whom to ask" }
    WHY_NEXT_UPDATES { ko: "최근 소식", en: "Recent news" }
    PAGE_NEWEST_SOURCE { ko: "이 페이지에서 가장 최근 출처: {date}", en: "Newest source on this page: {date}" }
    ZONES_INTRO {
        ko: "원주에 적용되었거나 적용 중인 지정을 모았습니다. 상태는 지정 기간과 정보 기준일({date})로 계산했습니다. 계획과 목표는 계획으로, 끝난 것은 끝난 것으로 적었습니다.",
        en: "The designations that apply, or applied, in Wonju. Each status is worked out from the zone's dates and the date this information was last checked ({date}). Plans are shown as plans, and what has ended as ended.",
    }
    ZONES_FILTER_LABEL { ko: "상태로 거르기", en: "Filter by status" }
    ZONES_FILTER_ALL { ko: "모두", en: "All" }
    ZONES_SHOWN { ko: "{shown}개 표시 (전체 {total}개)", en: "Showing {shown} of {total}" }
    ZONES_NONE { ko: "이 상태의 지정은 없습니다.", en: "No designation has this status." }
    ZONES_UNKNOWN_STATUS {
        ko: "주소의 상태 값({value})을 알 수 없어 모두 보여 드립니다.",
        en: "The status in the address ({value}) is not one we know, so all are shown.",
    }
    ZONE_STATUS_ACTIVE { ko: "적용 중", en: "Active now" }
    ZONE_STATUS_PLANNED { ko: "예정", en: "Planned" }
    ZONE_STATUS_ENDED { ko: "종료", en: "Ended" }
    ZONE_KIND_CLUSTER { ko: "혁신클러스터", en: "Innovation cluster" }
    ZONE_KIND_RFZ { ko: "규제자유특구", en: "Regulation-free zone" }
    ZONE_KIND_GLOBAL { ko: "글로벌 혁신특구", en: "Global innovation special zone" }
    ZONE_KIND_RND { ko: "연구개발특구", en: "R&D special zone" }
    ZONE_KIND_FIZ { ko: "외국인투자지역", en: "Foreign investment zone" }
    ZONE_DESIGNATED { ko: "지정", en: "Designated" }
    ZONE_PERIOD { ko: "기간", en: "Period" }
    ZONE_PERIOD_OPEN { ko: "{start}부터(끝나는 날은 출처에 없음)", en: "From {start}; no end date given" }
    ZONE_PERIOD_SCHEDULED { ko: "{start}부터 {end}까지(예정)", en: "{start} to {end} (scheduled)" }
    ZONE_TERM_ENDED { ko: "지정 기간 {date}까지", en: "Designated until {date}" }
    ZONE_PERIOD_RANGE { ko: "{start}부터 {end}까지", en: "{start} to {end}" }
    ZONE_LIFTED_ON { ko: "{date} 해제", en: "Lifted {date}" }
    ZONE_AREA { ko: "면적", en: "Area" }
    ZONE_WHERE { ko: "위치", en: "Where" }
    ZONE_GIVES { ko: "기업이 받는 것", en: "What a firm gets" }
    ZONE_RUN_BY { ko: "운영", en: "Run by" }
    ZONE_NOTES { ko: "알아 둘 점", en: "Good to know" }
    ZONE_ON_MAP { ko: "지도의 거점", en: "Sites on the map" }
    ZONE_WHOLE_OF_WONJU { ko: "원주 전역", en: "All of Wonju" }


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
        ko: "모든 수치에 출처(언론 보도·공식 자료)와 기간을 밝혔습니다.",
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
    INFORMATION_AS_OF { ko: "정보 기준일: {date}", en: "Information as of {date}" }
    FOOTER_OFFICIAL_SITE { ko: "강원테크노파크 공식 누리집", en: "Gangwon Technopark official website" }

    DL_FIGURES_CSV { ko: "모든 수치 (CSV)", en: "Every figure (CSV)" }
    DL_FIGURES_CSV_DESC {
        ko: "출처에 나온 수치와 이 사이트의 계산값 전부입니다. 값, 단위, 기간, 정의, 출처, 문단, 유의사항을 한국어와 영어로 담았습니다. 엑셀에서 바로 열립니다.",
        en: "Every sourced and derived figure with value, unit, period, definition, source, paragraph and caveats, in Korean and English. Opens directly in Excel.",
    }
    DL_FIGURES_JSON { ko: "모든 수치 (JSON)", en: "Every figure (JSON)" }
    DL_FIGURES_JSON_DESC {
        ko: "CSV와 같은 수치에 출처 목록과 출처 간 차이를 더한 JSON입니다.",
        en: "The same figures as the CSV, plus the list of sources and where they disagree, as JSON.",
    }
    DL_SCHEMA { ko: "JSON 스키마", en: "JSON schema" }
    DL_SCHEMA_DESC {
        ko: "수치 JSON 파일의 구조를 설명하는 JSON Schema(2020-12)입니다.",
        en: "A JSON Schema (2020-12) describing the figures JSON file.",
    }
    DL_SOURCES_CSV { ko: "출처 목록 (CSV)", en: "Sources (CSV)" }
    DL_SOURCES_CSV_DESC {
        ko: "수치의 출처가 된 기사와 자료: 발행처, 제목, 날짜, 주소.",
        en: "The articles and releases the figures come from: publisher, title, date, address.",
    }
    DL_SITES_CSV { ko: "클러스터 거점 (CSV)", en: "Cluster sites (CSV)" }
    DL_ZONES_CSV { ko: "특구와 혜택 (CSV)", en: "Zones and incentives (CSV)" }
    DL_ZONES_CSV_DESC {
        ko: "원주에 적용되는 지정: 종류, 정보 기준일의 상태, 지정일과 기간, 위치, 지도의 거점, 혜택, 출처.",
        en: "The designations that apply in Wonju: kind, status on the information-as-of date, designation date and period, where, sites on the map, benefits and sources.",
    }
    DL_SITES_CSV_DESC {
        ko: "지도의 거점: 지정 여부와 그 출처, 출처가 있는 좌표(WGS84)나 표시한 읍면동(통계청 2018 코드), 설명과 출처.",
        en: "The map's sites: whether each is designated and by which source, a sourced coordinate (WGS84) or the districts shown (KOSTAT 2018 codes), descriptions and sources.",
    }
    DL_GLOSSARY_CSV { ko: "용어집 (CSV)", en: "Glossary (CSV)" }
    DL_GLOSSARY_CSV_DESC {
        ko: "기관, 기업, 제품, 장소, 사업의 한국어·영어 이름. 공식 영문명인지 표시했습니다.",
        en: "Korean and English names of organisations, companies, products, places and programmes, marked where the English name is official.",
    }

    GROUP_PHASE1 { ko: "1기 성과 (전자신문 2022년 12월 보도)", en: "Phase 1, as reported by Electronic Times (etnews) in Dec 2022" }
    GROUP_EVALUATION { ko: "2023~2024년 평가", en: "The 2023–24 evaluation" }
    GROUP_FUNDING { ko: "사업비", en: "Funding" }
    GROUP_DESIGNATION { ko: "클러스터 지정", en: "The designation" }
    GROUP_REFERENCE { ko: "참고 값", en: "Reference values" }
    GROUP_LOCATION { ko: "원주의 입지 여건", en: "Wonju as a location" }
    GROUP_ZONES { ko: "특구의 성과", en: "Results of the special zones" }
    GROUP_INDUSTRY { ko: "강원 의료기기 산업", en: "Gangwon's medical-device industry" }
    OVERVIEW_INTRO {
        ko: "강원국가혁신클러스터는 원주 혁신도시와 기업도시를 중심으로 디지털헬스케어 기업을 키우는 국가 사업입니다. 강원테크노파크의 추진단이 운영합니다.",
        en: "The Gangwon National Innovation Cluster is a national programme that grows digital-healthcare firms around Wonju's Innovation City and Enterprise City. The Promotion Unit at Gangwon Technopark runs it.",
    }
    HOME_STATEMENT {
        ko: "강원국가혁신클러스터는 원주에서 디지털헬스케어 기업을 키우는 국가 사업입니다.",
        en: "The Gangwon National Innovation Cluster is a national programme that grows digital-healthcare firms in Wonju, Korea.",
    }
    HOME_LEDE {
        ko: "원주 혁신도시와 기업도시가 중심이고, 강원테크노파크의 추진단이 운영합니다.",
        en: "It centres on Wonju's Innovation City and Enterprise City and is run by the Promotion Unit at Gangwon Technopark.",
    }
    HOME_LEAD_HEADING { ko: "최근 평가 결과", en: "Latest evaluation" }
    HOME_PATHS_LABEL { ko: "대상별 안내", en: "Where to start" }
    HOME_PATH_RELOCATE { ko: "원주로 오려는 기업", en: "Firms moving to Wonju" }
    HOME_PATH_RELOCATE_BODY { ko: "입지 여건, 특구와 혜택, 지원 프로그램과 문의처를 안내합니다.", en: "Why Wonju, zones and incentives, programmes and whom to ask." }
    HOME_PATH_PRESS { ko: "언론과 연구자", en: "Press and researchers" }
    HOME_PATH_PRESS_BODY { ko: "모든 수치를 기간·출처와 함께 내려받아 인용할 수 있습니다.", en: "Every figure with its period and source, to download and cite." }
    HOME_PATH_PARTNERS { ko: "해외 협력 기관", en: "Overseas partners" }
    HOME_PATH_PARTNERS_BODY { ko: "협력 기관과 업무협약, 출처에 이름이 나온 기업을 소개합니다. 모든 페이지는 영어로도 읽을 수 있습니다.", en: "Partners, MOUs and the firms named in the sources. Every page is also in Korean." }
    HOME_HOW_TO_START { ko: "이전 안내", en: "Relocation guide" }
    HOME_NEWS_MORE { ko: "새 소식과 예정된 일정 모두 보기", en: "All news and plans" }
    HOME_ZONES_HEADING { ko: "적용 중인 특구", en: "Zones in force" }
    HOME_ZONES_NOTE { ko: "정보 기준일({date}) 현재 적용 중인 지정입니다.", en: "Designations in force on {date}, when this information was last checked." }
    HOME_ZONES_MORE { ko: "예정·종료된 특구까지 모두 보기", en: "All zones, including planned and ended ones" }
    HOME_MAP_HEADING { ko: "지도로 보는 클러스터", en: "The cluster on the map" }
    HOME_MAP_BODY {
        ko: "지정된 거점 {designated}곳과 관련 장소 {related}곳을 원주 지도에서 찾아보세요. 읍면동을 고르면 그곳에 적용되는 특구가 나옵니다.",
        en: "Find {designated} designated sites and {related} related places on the map of Wonju. Choose a district to see the zones that cover it.",
    }
    HOME_MAP_LINK { ko: "지도 열기", en: "Open the map" }
    HOME_TODAY_HEADING { ko: "클러스터 현황", en: "The cluster today" }
    HOME_TODAY_NOTE { ko: "가장 최근 수치부터 보여 줍니다. 기간과 범위는 카드마다 다릅니다.", en: "Newest first. Each card has its own period and scope." }
    HOME_HISTORY_HEADING { ko: "1기 성과, 2018~2021년 (2022년 12월 보도)", en: "Phase-1 results, 2018–2021 (reported in December 2022)" }
    OVERVIEW_PHASE1_NOTE {
        ko: "아래 수치는 2022년 12월 전자신문 보도 기준입니다. 각 수치를 누르면 정의, 출처, 인용 문구를 볼 수 있습니다.",
        en: "These figures are as reported by Electronic Times (etnews) in December 2022. Choose a figure for its definition, source and a ready-made citation.",
    }
    OVERVIEW_LATER_NOTE {
        ko: "2025년 4월 발표된 2023~2024년 평가 결과입니다. 위의 1기 수치와는 기간도, 세는 기준도 다릅니다. 두 수치를 이어서 추세로 보지 마세요.",
        en: "Results of the 2023–24 evaluation, announced in April 2025. Their period and basis differ from the phase-1 figures above, so do not read the two as one trend.",
    }
    OVERVIEW_ALL_FIGURES { ko: "모든 수치와 내려받기", en: "All figures and downloads" }
    CARD_DISAGREE { ko: "출처 간 차이 있음", en: "Sources disagree" }

    FIELD_VALUE { ko: "값", en: "Value" }
    FIELD_RAW_VALUE { ko: "원자료 값", en: "Raw value" }
    FIELD_PERIOD { ko: "기간", en: "Period" }
    FIELD_SCOPE { ko: "범위", en: "Scope" }
    FIELD_DEFINITION { ko: "정의", en: "Definition" }
    FIELD_SOURCE { ko: "출처", en: "Source" }
    FIELD_SET { ko: "구분", en: "Set" }
    FIELD_FORMULA { ko: "계산식", en: "Formula" }
    FIELD_INPUTS { ko: "사용한 수치", en: "Figures used" }
    CAVEAT_HEADING { ko: "유의사항", en: "Caveat" }
    DERIVED_BADGE { ko: "계산값", en: "Derived" }
    DERIVED_EXPLAIN {
        ko: "발표된 값이 아닙니다. 발표된 수치로 이 사이트가 계산한 값입니다.",
        en: "Not published by a source: this site computed it from sourced figures.",
    }
    DERIVED_FROM_HEADING { ko: "이 수치로 계산한 값", en: "Figures computed from this one" }
    DISAGREE_HEADING { ko: "출처 간 차이", en: "Where sources disagree" }
    DISAGREE_OUR_READING { ko: "이 사이트의 판단", en: "Our reading" }
    READ_SOURCE { ko: "원문 보기", en: "Read the source" }
    CITE_HEADING { ko: "이 수치 인용하기", en: "Cite this figure" }
    CITE_IN_KOREAN { ko: "한국어 인용문", en: "Citation in Korean" }
    CITE_IN_ENGLISH { ko: "영어 인용문", en: "Citation in English" }
    COPY { ko: "복사", en: "Copy" }
    COPIED { ko: "복사했습니다", en: "Copied" }
    COPY_FAILED {
        ko: "복사하지 못했습니다. 인용문을 직접 선택해 복사하세요.",
        en: "Could not copy. Select the citation and copy it yourself.",
    }
    BACK_TO_OVERVIEW { ko: "개요로 돌아가기", en: "Back to the overview" }

    PRESS_DOWNLOADS_HEADING { ko: "데이터 내려받기", en: "Download the data" }
    PRESS_DOWNLOADS_NOTE {
        ko: "파일 주소는 바뀌지 않습니다. CSV는 UTF-8(BOM 포함)이라 엑셀에서 한글이 깨지지 않습니다.",
        en: "These addresses do not change. CSV files are UTF-8 with a byte-order mark, so Excel shows Korean text correctly.",
    }
    PRESS_CITE_HEADING { ko: "인용하는 방법", en: "How to cite" }
    PRESS_CITE_BODY {
        ko: "원래 출처(언론사, 날짜, 문단)를 밝혀 인용해 주세요. 각 수치 페이지에 한국어와 영어 인용문이 있습니다. '계산값'은 이 사이트가 계산한 값이므로 계산식과 함께 밝혀 주세요.",
        en: "Please cite the original source (publisher, date, paragraph). Every figure page has a ready-made citation in Korean and English. Figures marked 'Derived' were computed by this site; cite them with their formula.",
    }
    PRESS_FIGURES_HEADING { ko: "모든 수치", en: "Every figure" }
    PRESS_GLOSSARY_HEADING { ko: "용어집", en: "Glossary" }
    PRESS_SOURCES_HEADING { ko: "출처 목록", en: "Sources" }
    TABLE_FIGURE { ko: "수치", en: "Figure" }
    TABLE_ITEM { ko: "항목", en: "Item" }
    TABLE_KOREAN { ko: "한국어", en: "Korean" }
    TABLE_ENGLISH { ko: "영어", en: "English" }
    TABLE_OFFICIAL { ko: "공식 영문명", en: "Official English name" }
    YES { ko: "예", en: "Yes" }
    NO_TRANSLATED { ko: "아니요(번역)", en: "No (our translation)" }
    FIGURES_CAPTION { ko: "사이트의 모든 수치와 출처", en: "Every figure on the site, with its source" }
    GLOSSARY_CAPTION { ko: "한국어·영어 이름", en: "Names in Korean and English" }

    CHART_GROWTH {
        ko: "전자신문 보도에 따르면 지원 기업의 매출과 고용은 클러스터 전체보다 빠르게 늘었습니다",
        en: "According to Electronic Times (etnews), supported firms grew faster than the cluster as a whole",
    }
    CHART_GROWTH_INDEX {
        ko: "연평균 증가율이 해마다 이어졌다고 가정한 지수(시작=100)",
        en: "Index if the average rates had held every year (start = 100)",
    }
    CHART_FIRMS_SUPPORTED { ko: "지원받은 기업: R&D와 비R&D", en: "Firms supported: R&D and non-R&D" }
    CHART_REVENUE_SHARE {
        ko: "사업화 매출 가운데 아이센스가 차지하는 몫",
        en: "i-SENS's part of the commercialisation revenue",
    }
    CHART_INVESTMENT { ko: "대표 기업의 투자 유치", en: "Investment attracted by featured firms" }
    CHART_EVALUATION {
        ko: "1기 성과와 2023~2024년 평가: 기간이 다른 두 수치",
        en: "Phase 1 and the 2023–24 evaluation: two different periods",
    }
    METRIC_FIRMS { ko: "유치 기업", en: "Firms attracted" }
    METRIC_JOBS { ko: "고용", en: "Jobs" }
    METRIC_REVENUE { ko: "사업화 매출", en: "Commercialisation revenue" }
    CAT_REVENUE { ko: "매출", en: "Revenue" }
    CAT_EMPLOYMENT { ko: "고용", en: "Employment" }
    CAT_PHASE1 { ko: "1기", en: "Phase 1" }
    CAT_EVALUATION { ko: "평가", en: "Evaluation" }
    SERIES_FIRMS_SUPPORTED { ko: "지원 기업 수", en: "Firms supported" }
    SERIES_OTHER_PROJECTS { ko: "아이센스 외 (계산값)", en: "Other than i-SENS (derived)" }
    SERIES_INVESTMENT { ko: "투자 유치", en: "Investment attracted" }
    NAME_MEZOO { ko: "메쥬", en: "MEZOO" }
    NAME_OTOM { ko: "오톰", en: "OTOM" }
    UNIT_PERCENT_PER_YEAR { ko: "연평균 증가율(%)", en: "Average growth per year (%)" }
    UNIT_INDEX { ko: "지수(시작=100)", en: "Index (start = 100)" }
    UNIT_FIRMS { ko: "기업 수", en: "Firms" }
    UNIT_JOBS { ko: "명", en: "Jobs" }
    UNIT_WON_SCALED { ko: "억 원", en: "KRW billion" }
    NOTE_INDEX {
        ko: "연평균 증가율로 이 사이트가 계산한 값입니다(100 × (1 + 증가율)⁴). 해마다 발표된 수치가 아닙니다. 기사에 기준 연도가 없어 네 번 늘었다고 가정했습니다. 세 번이라면 지수는 더 낮습니다.",
        en: "Computed by this site from the average annual rates (100 × (1 + rate)⁴); not yearly figures from a source. The article gives no base year, so four years of growth are assumed; with three the index would be lower.",
    }
    NOTE_FIRMS_OVERLAP {
        ko: "두 지원을 모두 받은 기업이 있는지 기사에 나오지 않습니다. 두 수를 더하지 마세요.",
        en: "The article does not say whether some firms received both kinds of support, so do not add the two numbers.",
    }
    NOTE_ISENS_SHARE { ko: "아이센스의 비중(계산값):", en: "i-SENS's share (derived):" }
    NOTE_LOG_SCALE {
        ko: "두 금액의 차이가 커서 세로축은 로그 눈금입니다. 눈금 하나가 10배입니다.",
        en: "The two sums differ greatly, so the vertical axis is logarithmic: each gridline is ten times the one below.",
    }
    NOTE_NOT_A_SERIES {
        ko: "두 막대는 기간도 출처도 다릅니다. 이어지는 추세로 보지 마세요.",
        en: "The two bars cover different periods and come from different sources; do not read them as one trend.",
    }
    CHART_ERROR { ko: "차트를 그리지 못했습니다. 아래 표에 같은 수치가 있습니다.", en: "The chart could not be drawn. The table below has the same figures." }
    METRIC_TABS_LABEL { ko: "비교할 수치", en: "Measure to compare" }
    DOWNLOAD_PNG { ko: "PNG 이미지로 저장", en: "Save as PNG image" }
    DOWNLOAD_CSV { ko: "데이터 내려받기 (CSV)", en: "Download the data (CSV)" }
    DOWNLOAD_SVG { ko: "SVG 이미지 내려받기", en: "Download as SVG image" }
    PERMALINK { ko: "이 차트의 고유 주소", en: "Permanent link to this chart" }
    EMBED_HEADING { ko: "다른 누리집에 넣기", en: "Embed this chart" }
    EMBED_IFRAME { ko: "iframe 코드", en: "iframe code" }
    EMBED_NO_JS { ko: "자바스크립트 없이 쓰는 코드 (이미지와 출처)", en: "Code without JavaScript (image and source)" }
    OUTCOMES_INTRO {
        ko: "차트에는 출처가 있는 수치와, 그 수치로 이 사이트가 계산한 값('계산값')만 썼습니다. 차트마다 아래 표에 같은 수치를 실었습니다.",
        en: "Every chart uses only sourced figures and values this site computed from them (marked 'Derived'). The table under each chart holds the same numbers.",
    }
    EMBED_VIEW_ON_SITE { ko: "강원국가혁신클러스터 누리집에서 보기", en: "View on the Gangwon National Innovation Cluster site" }
}

/// The name of each value of an enumeration the pages show, in both languages.
pub trait Named: Copy {
    fn name(self) -> Text;
}

/// Names of several values, as a list: `R&D, Talent`.
pub fn names<T: Named>(values: &[T], lang: Lang) -> String {
    let names: Vec<&str> = values.iter().map(|v| v.name().get(lang)).collect();
    names.join(", ")
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
    fn both_languages_have_the_same_placeholders() {
        for (name, text) in ALL {
            assert_eq!(
                placeholders(text.ko),
                placeholders(text.en),
                "{name}: the placeholders differ"
            );
        }
        assert_eq!(
            MAP_UNKNOWN_SITE.fill(Lang::En, &[("id", "x")]),
            "There is no site called \u{201c}x\u{201d}. Showing all sites."
        );
    }
}
