//! Dates as the sources give them: to the day (`2018-10-25`), or only to the month
//! (`2023-05`) or the year (`2018`). A date to the month or the year means every day in it,
//! so it is compared by the first or the last of those days, never as text. Pure.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A date to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `digits` as a number, when it is exactly that many ASCII digits.
fn number(digits: &str, len: usize) -> Option<u16> {
    (digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

impl Date {
    /// `YYYY-MM-DD`, a day the calendar has.
    pub fn parse(text: &str) -> Option<Date> {
        match PartialDate::parse(text)? {
            PartialDate {
                year,
                month: Some(month),
                day: Some(day),
            } => Some(Date { year, month, day }),
            _ => None,
        }
    }
}

impl Date {
    /// The month it falls in, as a date to the month.
    pub const fn month_of(self) -> PartialDate {
        PartialDate {
            year: self.year,
            month: Some(self.month),
            day: None,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl PartialDate {
    /// What the checker holds in place of a date it refused (the dataset is refused with it,
    /// so it is never shown).
    pub const REFUSED: PartialDate = PartialDate {
        year: 0,
        month: None,
        day: None,
    };

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month and a day the calendar has.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(
                u8::try_from(number(m, 2)?)
                    .ok()
                    .filter(|m| (1..=12).contains(m))?,
            ),
            None => None,
        };
        let day = match (parts.next(), month) {
            (Some(d), Some(m)) => Some(
                u8::try_from(number(d, 2)?)
                    .ok()
                    .filter(|d| (1..=days_in(year, m)).contains(d))?,
            ),
            (Some(_), None) => return None,
            (None, _) => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    /// The first day it can mean.
    pub const fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: match self.month {
                Some(m) => m,
                None => 1,
            },
            day: match self.day {
                Some(d) => d,
                None => 1,
            },
        }
    }

    /// The last day it can mean.
    pub const fn last_day(self) -> Date {
        let month = match self.month {
            Some(m) => m,
            None => 12,
        };
        Date {
            year: self.year,
            month,
            day: match self.day {
                Some(d) => d,
                None => days_in(self.year, month),
            },
        }
    }
}

impl From<Date> for PartialDate {
    fn from(date: Date) -> PartialDate {
        PartialDate {
            year: date.year,
            month: Some(date.month),
            day: Some(date.day),
        }
    }
}

impl fmt::Display for PartialDate {
    /// As it was written: `2018`, `2023-05`, `2018-10-25`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_date_means_every_day_in_it() {
        let year = PartialDate::parse("2024").expect("a year");
        assert_eq!(year.first_day().to_string(), "2024-01-01");
        assert_eq!(year.last_day().to_string(), "2024-12-31");
        let month = PartialDate::parse("2024-02").expect("a month");
        assert_eq!(month.last_day().to_string(), "2024-02-29");
        assert_eq!(
            PartialDate::parse("2023-02")
                .expect("a month")
                .last_day()
                .day,
            28
        );
        let day = PartialDate::parse("2018-10-25").expect("a day");
        assert_eq!(
            (day.first_day(), day.last_day()),
            (day.first_day(), day.first_day())
        );
        for written in ["2018", "2023-05", "2018-10-25"] {
            assert_eq!(
                PartialDate::parse(written).expect("parses").to_string(),
                written
            );
        }
    }

    #[test]
    fn only_days_the_calendar_has_are_dates() {
        for bad in [
            "",
            "18",
            "2018-",
            "2018-13",
            "2018-00",
            "2023-02-29",
            "2024-04-31",
            "2018-1-05",
            "2018-10-25-1",
            "２０１８",
            "2018-10-x",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
        assert!(Date::parse("2024-02-29").is_some());
        assert_eq!(Date::parse("2024-02"), None);
        assert!(Date::parse("2018-10-25") < Date::parse("2018-11-01"));
    }
}
