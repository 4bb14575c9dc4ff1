//! Why the seed data could not be loaded: always the file, and the entry, field and rule
//! (or the line and column of a parse error).

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    Parse {
        file: &'static str,
        line: usize,
        column: usize,
        reason: String,
    },
    Invalid(Vec<Problem>),
    /// Seed files that could not be read from `root` (each with why).
    Unreadable {
        root: std::path::PathBuf,
        files: Vec<(&'static str, String)>,
    },
}

/// Why a rule is broken, in Korean and in English (`why!` writes one).
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub ko: String,
    pub en: String,
}

impl Reason {
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        match lang {
            crate::lang::Lang::Ko => &self.ko,
            crate::lang::Lang::En => &self.en,
        }
    }
}

/// A [`Reason`] in both languages, each a `format!` string (with its arguments inline):
/// `why!("출처 `{id}`가 없습니다", "unknown source `{id}`")`.
#[macro_export]
macro_rules! why {
    ($ko:literal, $en:literal $(,)?) => {
        $crate::build::model::Reason {
            ko: format!($ko),
            en: format!($en),
        }
    };
}

/// One broken rule in one entry of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: &'static str,
    pub entry: String,
    pub field: String,
    pub reason: Reason,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry `{}`, field `{}`: {}",
            self.file, self.entry, self.field, self.reason.en
        )
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Parse {
                file,
                line,
                column,
                reason,
            } => write!(f, "{file}: line {line}, column {column}: {reason}"),
            DataError::Unreadable { root, files } => {
                writeln!(
                    f,
                    "{} seed file(s) cannot be read under {} (run from the repository, or set GW_ROOT to it):",
                    files.len(),
                    root.display()
                )?;
                for (file, reason) in files {
                    writeln!(f, "  {file}: {reason}")?;
                }
                Ok(())
            }
            DataError::Invalid(problems) => {
                writeln!(f, "{} problem(s) in the seed data:", problems.len())?;
                for problem in problems {
                    writeln!(f, "  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DataError {}
