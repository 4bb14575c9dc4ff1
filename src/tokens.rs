//! Enumerations written as tokens (in URLs, seed files and the published data), each
//! declared once by [`tokens!`](crate::tokens): the variants with their tokens, in order.
//! From that one list come `ALL`, `code()`, `from_code()`, serde (by the token, refusing
//! any other with the list of those accepted) and the JSON Schema (an enum of the tokens),
//! so a list, a parser and a file format cannot drift apart.

/// Declares a token enumeration: `enum Name { Variant = "token", … }`, with any outer
/// attributes (derives beyond `Clone, Copy, Debug, PartialEq, Eq, Hash`, doc comments) and
/// variant attributes (docs, `#[default]`).
#[macro_export]
macro_rules! tokens {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
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
                schemars::json_schema!({ "type": "string", "enum": [$($code),+] })
            }
        }
    };
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
}
