//! The message catalogue: every word a person reads, per locale, in Fluent files
//! (`locales/<lang>/*.ftl`), Kratos' messages by their numeric id, and the operator's overrides.
//!
//! Each locale's bundle layers, later over earlier: English, the operator's English, the
//! locale, the operator's files for the locale. A message a translation lacks therefore falls
//! back to English, and an operator can change or add any message without a rebuild.

mod datetime;
mod kratos;
mod negotiate;
mod number;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::kratos::models::UiText;
pub use datetime::{ExactTime, machine_time};
pub use kratos::{KratosKey, kratos_args};
pub use negotiate::{negotiate, parse_accept_language};
pub use number::NumberFormat;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Declares the built-in locales: a folder `locales/<tag>/` with `ui.ftl` (our words) and
/// `kratos.ftl` (Kratos' messages by id). English comes first: it is the fallback.
macro_rules! builtin_locales {
    ($($tag:literal),+ $(,)?) => {
        &[$(($tag, &[
            ("ui.ftl", include_str!(concat!("../../locales/", $tag, "/ui.ftl"))),
            ("kratos.ftl", include_str!(concat!("../../locales/", $tag, "/kratos.ftl"))),
        ])),+]
    };
}

/// `(tag, [(file name, Fluent source)])` of every locale compiled in.
pub const BUILTIN: &[(&str, &[(&str, &str)])] = builtin_locales![
    "en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ja", "zh-Hans", "ko", "tr", "ar"
];

/// The locale every other one falls back to.
pub const FALLBACK: &str = "en";

/// The cookie session's key for the language the reader chose in the menu (a catalogue tag).
pub const SESSION_LOCALE: &str = "locale";

pub struct Locale {
    /// The BCP 47 tag, as written in `lang` and in the language menu (`pt-BR`).
    pub tag: String,
    /// The language's name in itself (`Deutsch`), for the language menu.
    pub name: String,
    pub rtl: bool,
    id: LanguageIdentifier,
    bundle: Bundle,
}

/// Every locale, loaded once at start-up and shared by all workers.
pub struct Catalogue {
    locales: Vec<Locale>,
    ids: Vec<LanguageIdentifier>,
    /// Tells this catalogue's remembered messages from another's (tests load several).
    serial: u64,
}

/// Serials for catalogues, one each.
static CATALOGUES: AtomicU64 = AtomicU64::new(0);

#[derive(Debug)]
pub enum CatalogueError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Parse {
        path: String,
        problems: Vec<String>,
    },
    BadLocale {
        path: PathBuf,
    },
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueError::Read { path, source } => {
                write!(f, "cannot read messages from {}: {source}", path.display())
            }
            CatalogueError::Parse { path, problems } => {
                write!(f, "invalid Fluent in {path}: {}", problems.join("; "))
            }
            CatalogueError::BadLocale { path } => write!(
                f,
                "{} is not named after a language tag (such as de or pt-BR)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for CatalogueError {}

/// One Fluent file: where it came from (for errors) and its text.
struct Source {
    origin: String,
    text: String,
}

impl Catalogue {
    /// The built-in locales only.
    pub fn builtin() -> Result<Self, CatalogueError> {
        Self::load(None)
    }

    /// The built-in locales with the operator's `<dir>/<lang>/*.ftl` over them. A folder for a
    /// language we do not ship adds that locale (English fills its gaps).
    pub fn load(overrides: Option<&Path>) -> Result<Self, CatalogueError> {
        let mut extra = match overrides {
            Some(dir) => read_override_dir(dir)?,
            None => Vec::new(),
        };
        let parse = |source: &Source| -> Result<Arc<FluentResource>, CatalogueError> {
            FluentResource::try_new(source.text.clone())
                .map(Arc::new)
                .map_err(|(_, errors)| CatalogueError::Parse {
                    path: source.origin.clone(),
                    problems: errors.iter().map(ToString::to_string).collect(),
                })
        };
        let builtin_sources = |tag: &str, files: &[(&str, &str)]| -> Vec<Source> {
            files
                .iter()
                .map(|(name, text)| Source {
                    origin: format!("locales/{tag}/{name}"),
                    text: (*text).to_owned(),
                })
                .collect()
        };
        let mut layers: Vec<(String, Vec<Source>)> = BUILTIN
            .iter()
            .map(|(tag, files)| ((*tag).to_owned(), builtin_sources(tag, files)))
            .collect();
        let mut operator: Vec<(String, Vec<Source>)> = Vec::new();
        for (tag, sources) in extra.drain(..) {
            if !layers.iter().any(|(t, _)| *t == tag) {
                layers.push((tag.clone(), Vec::new()));
            }
            operator.push((tag, sources));
        }

        let parse_all = |sources: &[Source]| -> Result<Vec<Arc<FluentResource>>, CatalogueError> {
            sources.iter().map(parse).collect()
        };
        let layer_of = |list: &[(String, Vec<Source>)], tag: &str| {
            list.iter()
                .find(|(t, _)| t == tag)
                .map(|(_, sources)| parse_all(sources))
                .unwrap_or(Ok(Vec::new()))
        };
        let english = layer_of(&layers, FALLBACK)?;
        let english_operator = layer_of(&operator, FALLBACK)?;

        let mut locales = Vec::with_capacity(layers.len());
        for (tag, sources) in &layers {
            let id: LanguageIdentifier = tag.parse().map_err(|_| CatalogueError::BadLocale {
                path: PathBuf::from(tag),
            })?;
            let mut bundle = Bundle::new_concurrent(vec![id.clone()]);
            bundle.set_formatter(Some(number::format_value));
            let rtl = id.character_direction() == CharacterDirection::RTL;
            // Bidi isolation marks keep an e-mail address whole inside Arabic text; in
            // left-to-right locales they would only be noise.
            bundle.set_use_isolating(rtl);
            let own = if tag == FALLBACK {
                Vec::new()
            } else {
                parse_all(sources)?
            };
            let own_operator = if tag == FALLBACK {
                Vec::new()
            } else {
                layer_of(&operator, tag)?
            };
            for resource in english
                .iter()
                .chain(&english_operator)
                .chain(&own)
                .chain(&own_operator)
            {
                bundle.add_resource_overriding(resource.clone());
            }
            let mut locale = Locale {
                tag: tag.clone(),
                name: String::new(),
                rtl,
                id: id.clone(),
                bundle,
            };
            locale.name = format(&locale.bundle, "language-name", None)
                .map(Cow::into_owned)
                .unwrap_or_else(|| tag.clone());
            locales.push(locale);
        }
        let ids = locales.iter().map(|l| l.id.clone()).collect();
        Ok(Self {
            locales,
            ids,
            serial: CATALOGUES.fetch_add(1, Ordering::Relaxed),
        })
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The locale with this exact tag (a stored choice, the menu's value).
    pub fn find(&self, tag: &str) -> Option<usize> {
        self.locales
            .iter()
            .position(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// The best locale for an `Accept-Language` header; English when nothing matches.
    pub fn negotiate(&self, accept_language: Option<&str>) -> usize {
        accept_language
            .and_then(|header| negotiate(&parse_accept_language(header), &self.ids))
            .or_else(|| self.find(FALLBACK))
            .unwrap_or(0)
    }

    /// Whether the locale has a message of its own (not English filling a gap).
    pub fn has_message(&self, locale: usize, id: &str) -> bool {
        self.locales
            .get(locale)
            .is_some_and(|l| l.bundle.has_message(id))
    }
}

/// `<dir>/<lang>/*.ftl`, sorted so that layering is predictable.
fn read_override_dir(dir: &Path) -> Result<Vec<(String, Vec<Source>)>, CatalogueError> {
    let read_dir = |path: &Path| {
        std::fs::read_dir(path).map_err(|source| CatalogueError::Read {
            path: path.to_owned(),
            source,
        })
    };
    let mut folders: Vec<PathBuf> = read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    let mut layers = Vec::new();
    for folder in folders {
        let tag = folder
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.parse::<LanguageIdentifier>().ok())
            .ok_or_else(|| CatalogueError::BadLocale {
                path: folder.clone(),
            })?
            .to_string();
        let mut files: Vec<PathBuf> = read_dir(&folder)?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let mut sources = Vec::with_capacity(files.len());
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| CatalogueError::Read {
                path: path.clone(),
                source,
            })?;
            sources.push(Source {
                origin: path.display().to_string(),
                text,
            });
        }
        layers.push((tag, sources));
    }
    Ok(layers)
}

/// A message's value, or `None` if the bundle has no such message or it needs an argument
/// that is missing (the caller then shows a fallback rather than `{$name}`).
fn format<'b>(bundle: &'b Bundle, id: &str, args: Option<&FluentArgs>) -> Option<Cow<'b, str>> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Some(text)
    } else {
        tracing::debug!(message = id, ?errors, "message could not be formatted");
        None
    }
}

/// One request's view of the catalogue: the locale it negotiated or chose. Cheap to clone.
#[derive(Clone)]
pub struct Localizer {
    catalogue: Arc<Catalogue>,
    index: usize,
}

/// How many formatted one-argument messages a thread keeps. Relative times take a few hundred
/// values per locale, exact times one per session shown; when full, it starts again.
const ONE_ARGUMENT_TEXTS: usize = 1024;

thread_local! {
    static ONE_ARGUMENT: RefCell<OneArgumentTexts> = RefCell::new(OneArgumentTexts::default());
}

#[derive(Default)]
struct OneArgumentTexts {
    /// Catalogue, locale, message, argument and value -> the formatted message.
    texts: HashMap<String, String, foldhash::fast::RandomState>,
    /// The key being looked up, kept to spare an allocation per lookup.
    key: String,
}

enum Lookup {
    Found(String),
    /// Not kept yet: format it and keep it under this key.
    Missed(String),
    NotKept,
}

impl OneArgumentTexts {
    /// Writes the key of a message formatted with one value; false for numbers with
    /// formatting options (ours pass none), which are not remembered.
    fn write_key(&mut self, l: &Localizer, id: &str, name: &str, value: &FluentValue<'_>) -> bool {
        self.key.clear();
        let _ = write!(
            self.key,
            "{}\u{0}{}\u{0}{id}\u{0}{name}\u{0}",
            l.catalogue.serial, l.index
        );
        match value {
            FluentValue::String(text) => {
                self.key.push('s');
                self.key.push_str(text);
            }
            FluentValue::Number(number) if number.options == Default::default() => {
                let _ = write!(self.key, "n{:x}", number.value.to_bits());
            }
            _ => return false,
        }
        true
    }

    fn keep(&mut self, key: String, text: &str) {
        if self.texts.len() >= ONE_ARGUMENT_TEXTS {
            self.texts.clear();
        }
        self.texts.insert(key, text.to_owned());
    }
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Localizer").field(&self.lang()).finish()
    }
}

impl Localizer {
    pub fn new(catalogue: Arc<Catalogue>, index: usize) -> Self {
        let index = if index < catalogue.locales.len() {
            index
        } else {
            0
        };
        Self { catalogue, index }
    }

    /// A built-in locale by tag (English if there is no such locale), for tests and
    /// benchmarks; the built-in catalogue is parsed once per process.
    pub fn builtin(tag: &str) -> Self {
        static BUILTIN_CATALOGUE: OnceLock<Arc<Catalogue>> = OnceLock::new();
        let catalogue = BUILTIN_CATALOGUE
            .get_or_init(|| Arc::new(Catalogue::builtin().expect("the built-in catalogue parses")))
            .clone();
        let index = catalogue
            .find(tag)
            .or_else(|| catalogue.find(FALLBACK))
            .unwrap_or(0);
        Self::new(catalogue, index)
    }

    pub fn english() -> Self {
        Self::builtin(FALLBACK)
    }

    fn locale(&self) -> &Locale {
        &self.catalogue.locales[self.index]
    }

    pub fn catalogue(&self) -> &Arc<Catalogue> {
        &self.catalogue
    }

    pub fn index(&self) -> usize {
        self.index
    }

    /// The `lang` attribute.
    pub fn lang(&self) -> &str {
        &self.locale().tag
    }

    /// The `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.locale().rtl { "rtl" } else { "ltr" }
    }

    /// One of our messages. An unknown id shows itself (and a test keeps that from shipping).
    pub fn t<'a>(&'a self, id: &'a str) -> Cow<'a, str> {
        format(&self.locale().bundle, id, None).unwrap_or_else(|| {
            tracing::warn!(message = id, "no such message in the catalogue");
            Cow::Borrowed(id)
        })
    }

    /// One of our messages with one argument (`Error { $status }`). Remembered per thread:
    /// a settings page formats the same few on every view ("3 hours ago", each session's
    /// exact time), and Fluent takes thousands of instructions for each.
    pub fn t1<'v>(
        &self,
        id: &str,
        name: &'static str,
        value: impl Into<FluentValue<'v>>,
    ) -> String {
        let value = value.into();
        // Fluent formats outside the borrow, so that nothing it calls can find it taken.
        let lookup = ONE_ARGUMENT.with_borrow_mut(|remembered| {
            if !remembered.write_key(self, id, name, &value) {
                return Lookup::NotKept;
            }
            match remembered.texts.get(remembered.key.as_str()) {
                Some(text) => Lookup::Found(text.clone()),
                None => Lookup::Missed(std::mem::take(&mut remembered.key)),
            }
        });
        match lookup {
            Lookup::Found(text) => text,
            Lookup::Missed(key) => {
                let text = self.t1_formatted(id, name, value);
                ONE_ARGUMENT.with_borrow_mut(|remembered| remembered.keep(key, &text));
                text
            }
            Lookup::NotKept => self.t1_formatted(id, name, value),
        }
    }

    fn t1_formatted(&self, id: &str, name: &'static str, value: FluentValue<'_>) -> String {
        let mut args = FluentArgs::with_capacity(1);
        args.set(name, value);
        self.t_args(id, &args)
    }

    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        format(&self.locale().bundle, id, Some(args))
            .map(Cow::into_owned)
            .unwrap_or_else(|| {
                tracing::warn!(message = id, "no such message in the catalogue");
                id.to_owned()
            })
    }

    /// A Kratos message or label by its numeric id, with its `context` as arguments. Ids we
    /// do not know (a newer Kratos), and messages whose context lacks an argument, show
    /// Kratos' own English text.
    pub fn kratos(&self, text: &UiText) -> String {
        let key = KratosKey::new(text.id);
        let bundle = &self.locale().bundle;
        let Some(pattern) = bundle.get_message(key.as_str()).and_then(|m| m.value()) else {
            return text.text.clone();
        };
        let args = kratos_args(text, now_unix());
        let mut errors = Vec::new();
        let formatted = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        if errors.is_empty() {
            formatted.into_owned()
        } else {
            tracing::debug!(message = text.id, ?errors, "falling back to Kratos' text");
            text.text.clone()
        }
    }

    /// Every locale, for the language menu: `(tag, name, is the current one)`.
    pub fn choices(&self) -> impl Iterator<Item = (&str, &str, bool)> {
        self.catalogue
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| (l.tag.as_str(), l.name.as_str(), i == self.index))
    }
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
