//! Numbers, money, distances and dates as each language writes them (figures, periods and
//! citations are the build's: `build::format`). Pure.
//!
//! Korean groups large sums in 만 (10⁴), 억 (10⁸) and 조 (10¹²): `268억 2,000만 원`.
//! English uses short scales: `KRW 26.82 billion`.

use crate::lang::Lang;

/// Escapes text for HTML content and for double- or single-quoted attributes. Text with
/// nothing to escape (the map's path data, most names) is returned as it is, uncopied.
pub fn escape_html(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .bytes()
        .any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A decimal with at most `max_decimals` places, trailing zeros dropped, thousands grouped.
pub fn decimal(x: f64, max_decimals: usize) -> String {
    let fixed = format!("{:.*}", max_decimals, x.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let int = group_thousands(int.parse().unwrap_or(0));
    let sign = if x < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// A sum in won.
pub fn krw(won: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => krw_ko(won.round() as u64),
        Lang::En => krw_en(won),
    }
}

fn krw_ko(won: u64) -> String {
    korean_amount(won, "원")
}

/// `7억 4,720만 달러`: an amount in Korean number words (조, 억, 만) and its currency.
fn korean_amount(amount: u64, currency: &str) -> String {
    const MAN: u64 = 10_000;
    const EOK: u64 = 100_000_000;
    const JO: u64 = 1_000_000_000_000;
    let parts = [
        (amount / JO, "조"),
        (amount % JO / EOK, "억"),
        (amount % EOK / MAN, "만"),
        (amount % MAN, ""),
    ];
    let words: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{}{unit}", group_thousands(*n)))
        .collect();
    if words.is_empty() {
        format!("0{currency}")
    } else {
        format!("{} {currency}", words.join(" "))
    }
}

/// A sum in US dollars: `7억 4,720만 달러` / `US$747.2 million`.
pub fn usd(dollars: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => korean_amount(dollars.round() as u64, "달러"),
        Lang::En => {
            let scaled = [(1e9, "billion"), (1e6, "million")]
                .into_iter()
                .find(|(size, _)| dollars >= *size);
            match scaled {
                Some((size, word)) => format!("US${} {word}", decimal(dollars / size, 4)),
                None => format!("US${}", decimal(dollars, 0)),
            }
        }
    }
}

fn krw_en(won: f64) -> String {
    let scaled = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        .into_iter()
        .find(|(size, _)| won >= *size);
    match scaled {
        Some((size, word)) => format!("KRW {} {word}", decimal(won / size, 4)),
        None => format!("KRW {}", decimal(won, 0)),
    }
}

/// An approximate dollar sum converted at the average rate of `year`.
pub fn usd_approx(usd: f64, year: u16, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!(
            "약 {}만 달러 ({year}년 평균 환율 기준)",
            group_thousands((usd / 10_000.0).round() as u64)
        ),
        Lang::En if usd >= 1e6 => format!(
            "≈ US${} million at the {year} average rate",
            decimal(usd / 1e6, 1)
        ),
        Lang::En => format!("≈ US${} at the {year} average rate", decimal(usd, 0)),
    }
}

/// `1` → `1st`, `2` → `2nd`, `11` → `11th`.
pub fn ordinal_en(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A distance: `20㎞` / `20 km`.
pub fn km(km: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{}㎞", decimal(km, 2)),
        Lang::En => format!("{} km", decimal(km, 2)),
    }
}

/// A coordinate to four decimals (about 10 m): `37.3422° N, 127.9202° E` /
/// `북위 37.3422°, 동경 127.9202°`.
pub fn coordinate(lat: f64, lon: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("북위 {lat:.4}°, 동경 {lon:.4}°"),
        Lang::En => format!("{lat:.4}° N, {lon:.4}° E"),
    }
}

/// The months as English writes them.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date (`2022-12-27`) as `2022년 12월 27일` / `27 December 2022`. Anything that is
/// not such a date is returned as it is.
pub fn date(iso: impl std::fmt::Display, lang: Lang) -> String {
    let iso = iso.to_string();
    let iso = iso.as_str();
    let mut parts = iso.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let Some(month) = MONTHS_EN.get((m as usize).wrapping_sub(1)) else {
        return iso.to_string();
    };
    match lang {
        Lang::Ko => format!("{y}년 {m}월 {d}일"),
        Lang::En => format!("{d} {month} {y}"),
    }
}

/// A date given to the year, the month or the day (`2018`, `2023-05`, `2018-10-25`), as
/// `2018년 10월` / `May 2023`. Anything else is returned as it is.
pub fn partial_date(date: impl std::fmt::Display, lang: Lang) -> String {
    let date = date.to_string();
    let date = date.as_str();
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or_default();
    let month = parts.next().map(str::parse::<usize>);
    match (month, parts.next()) {
        (None, _) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => match lang {
            Lang::Ko => format!("{year}년"),
            Lang::En => year.to_string(),
        },
        (Some(Ok(m)), None) => match MONTHS_EN.get(m.wrapping_sub(1)) {
            Some(name) => match lang {
                Lang::Ko => format!("{year}년 {m}월"),
                Lang::En => format!("{name} {year}"),
            },
            None => date.to_string(),
        },
        _ => self::date(date, lang),
    }
}

/// `paragraph 6` / `6문단`.
pub fn paragraph(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{n}문단"),
        Lang::En => format!("paragraph {n}"),
    }
}
