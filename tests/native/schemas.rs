//! The seed files' JSON Schemas (`seeds/schemas/`): generated from the seed types and up to
//! date, named by each file's `$schema`, and followed by every seed file.

use gwnic::build::model::SeedFile;
use gwnic::build::schemas;

fn on_disk(reference: &str) -> String {
    let path = crate::common::root().join("seeds").join(reference);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_seed_schema_is_up_to_date_with_the_seed_types() {
    let mut count = 0;
    for file in SeedFile::ALL {
        let (Some(reference), Some(generated)) = (schemas::reference(file), schemas::schema(file))
        else {
            continue;
        };
        count += 1;
        assert!(
            on_disk(&reference) == generated,
            "seeds/{reference} is out of date: run `cargo run --bin build-site -- --schemas`"
        );
    }
    assert_eq!(
        count,
        SeedFile::ALL.len() - 1,
        "every seed file but the boundaries"
    );
}

#[test]
fn every_seed_file_names_its_schema_and_follows_it() {
    for file in SeedFile::ALL {
        let Some(reference) = schemas::reference(file) else {
            continue;
        };
        let seed: serde_json::Value = serde_json::from_str(crate::common::text(file))
            .unwrap_or_else(|e| panic!("{}: {e}", file.path()));
        assert_eq!(
            seed["$schema"],
            serde_json::json!(reference),
            "{}: $schema",
            file.path()
        );
        let schema: serde_json::Value = serde_json::from_str(&on_disk(&reference)).unwrap();
        let validator = jsonschema::validator_for(&schema).expect("a valid schema");
        let errors: Vec<String> = validator
            .iter_errors(&seed)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .take(5)
            .collect();
        assert!(
            errors.is_empty(),
            "{} does not follow its schema: {errors:?}",
            file.path()
        );
    }
}

#[test]
fn a_schema_refuses_a_misspelt_field_and_a_wrong_token() {
    let schema: serde_json::Value =
        serde_json::from_str(&on_disk(&schemas::reference(SeedFile::Figures).unwrap())).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let text = crate::common::text(SeedFile::Figures);
    for (from, to) in [
        (r#""unit": "firms""#, r#""unti": "firms""#),
        (r#""unit": "firms""#, r#""unit": "firm""#),
    ] {
        let seed: serde_json::Value = serde_json::from_str(&text.replacen(from, to, 1)).unwrap();
        assert!(!validator.is_valid(&seed), "{to} was accepted");
    }
}
