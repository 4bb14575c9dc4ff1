//! `check`: reads and validates the seeds and the data releases' folders only (no pages,
//! no charts), and prints every
//! problem at once, grouped by file, with the line and column of each entry, the field and
//! the reason, in Korean or English (`--lang ko|en`; the system locale by default). Exits 0
//! when the data is sound, 1 when it is not, 2 on a wrong command line.
//!
//!   check [--lang ko|en] [<repository folder>]   (the folder defaults to GW_ROOT, or .)

use std::path::PathBuf;
use std::process::ExitCode;

use gwnic::build::check;
use gwnic::build::model::{DataError, Dataset, SeedTexts};
use gwnic::build::prerender::archive;
use gwnic::lang::Lang;

const USAGE: &str = "usage: check [--lang ko|en] [<repository folder>]";

fn main() -> ExitCode {
    let mut lang = check::system_lang();
    let mut root = std::env::var_os("GW_ROOT").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                Some(l) => lang = l,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            folder if !folder.starts_with('-') => root = PathBuf::from(folder),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let problem = match SeedTexts::read(&root) {
        Err(e) => Some(check::report(&e, None, lang)),
        Ok(texts) => match Dataset::parse(&texts) {
            Err(e) => Some(check::report(&e, Some(&texts), lang)),
            // The data releases too: each as it was cut.
            Ok(dataset) => {
                let problems = archive::problems(&root, &dataset);
                (!problems.is_empty())
                    .then(|| check::report(&DataError::Invalid(problems), Some(&texts), lang))
            }
        },
    };
    match problem {
        None => {
            println!(
                "{}",
                match lang {
                    Lang::Ko => "자료에 문제가 없습니다.",
                    Lang::En => "The seed data is sound.",
                }
            );
            ExitCode::SUCCESS
        }
        Some(report) => {
            eprint!("{report}");
            ExitCode::FAILURE
        }
    }
}
