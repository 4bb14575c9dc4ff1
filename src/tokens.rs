//! Enumerations written as tokens (in URLs, seed files and the published data), each
//! declared once by [`tokens!`](crate::tokens): the variants with their tokens, in order.
//! From that one list come `ALL`, `code()`, `from_code()`, serde (by the token, refusing
//! any other with the list of those accepted) and the JSON Schema (the tokens, each with its
//! doc comment as its description), so a list, a parser and a file format cannot drift
//! apart.

/// Declares a token enumeration: `enum Name { Variant = "token", … }`, with any outer
/// attributes (derives beyond `Clone, Copy, Debug, PartialEq, Eq, Hash`, doc comments) and
/// variant attributes (docs, `#[default]`).
#[macro_export]
macro_rules! tokens {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            // Variant attributes as plain tokens, so their doc comments can be read.
            $( $(#[$($vattr:tt)*])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$($vattr)*])* $variant ),+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The value's token.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value a token names, if it names one.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_code(&code)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&code, &[$($code),+]))
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let variants = [$(($code, $crate::__token_doc!($(#[$($vattr)*])*))),+];
                $crate::tokens::schema(&variants)
            }
        }
    };
}

/// The doc comment among a variant's attributes, its lines joined (`""` without one).
#[doc(hidden)]
#[macro_export]
macro_rules! __token_doc {
    () => { "" };
    (#[doc = $line:literal] $($rest:tt)*) => { concat!($line, "\n", $crate::__token_doc!($($rest)*)) };
    (#[$($other:tt)*] $($rest:tt)*) => { $crate::__token_doc!($($rest)*) };
}

/// The JSON Schema of a token enumeration: its tokens in order, each with its description
/// when any has one (`oneOf` of constants), else a plain `enum`.
#[doc(hidden)]
pub fn schema(variants: &[(&str, &str)]) -> schemars::Schema {
    let described = |doc: &str| {
        doc.lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    };
    if variants.iter().all(|(_, doc)| described(doc).is_empty()) {
        let codes: Vec<&str> = variants.iter().map(|(code, _)| *code).collect();
        return schemars::json_schema!({ "type": "string", "enum": codes });
    }
    let one_of: Vec<serde_json::Value> = variants
        .iter()
        .map(|(code, doc)| {
            let doc = described(doc);
            if doc.is_empty() {
                serde_json::json!({ "type": "string", "const": code })
            } else {
                serde_json::json!({ "type": "string", "const": code, "description": doc })
            }
        })
        .collect();
    schemars::json_schema!({ "oneOf": one_of })
}

#[cfg(test)]
mod tests {
    crate::tokens! {
        /// A test enumeration.
        enum Colour {
            Red = "red",
            #[allow(dead_code)]
            DarkBlue = "dark-blue",
        }
    }

    #[test]
    fn a_token_enum_lists_parses_and_serialises_by_its_tokens() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
        for c in Colour::ALL {
            assert_eq!(Colour::from_code(c.code()), Some(c));
            let json = serde_json::to_string(&c).expect("serialises");
            assert_eq!(json, format!("\"{}\"", c.code()));
            assert_eq!(serde_json::from_str::<Colour>(&json).ok(), Some(c));
        }
        assert_eq!(Colour::from_code("Red"), None);
        let refused = serde_json::from_str::<Colour>("\"green\"").unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("expected `red` or `dark-blue`"),
            "{refused}"
        );
        let schema = serde_json::to_value(schemars::schema_for!(Colour)).expect("a schema");
        assert_eq!(schema["enum"], serde_json::json!(["red", "dark-blue"]));
    }

    crate::tokens! {
        enum Size {
            /// Small: up to
            /// ten.
            #[allow(dead_code)]
            Small = "s",
            #[allow(dead_code)]
            Large = "l",
        }
    }

    #[test]
    fn a_token_schema_describes_each_token_by_its_doc_comment() {
        let schema = serde_json::to_value(schemars::schema_for!(Size)).expect("a schema");
        let consts: Vec<&str> = Size::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(consts, ["s", "l"], "in the order declared");
        assert_eq!(
            schema["oneOf"],
            serde_json::json!([
                { "type": "string", "const": "s", "description": "Small: up to\nten." },
                { "type": "string", "const": "l" },
            ])
        );
    }
}
