//! The operator's brand as the layout uses it: product name, logo, icon, theme stylesheet,
//! support link and footer text, resolved once at start-up against the loaded assets.

use std::fmt;

use crate::assets::Assets;
use crate::config::BrandSettings;
use crate::urls::Urls;

#[derive(Debug, Clone, Default)]
pub struct Brand {
    pub product_name: Option<String>,
    pub logo_url: Option<String>,
    pub icon_url: String,
    pub icon_type: &'static str,
    pub theme_url: Option<String>,
    pub support_url: Option<String>,
    pub footer_text: Option<String>,
}

/// A brand file named in the settings is not in `STATIC_DIR`.
#[derive(Debug)]
pub struct MissingBrandFile {
    pub variable: &'static str,
    pub name: String,
}

impl fmt::Display for MissingBrandFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} names {:?}, which is not in STATIC_DIR",
            self.variable, self.name
        )
    }
}

impl std::error::Error for MissingBrandFile {}

impl Brand {
    pub fn new(
        settings: &BrandSettings,
        urls: &Urls,
        assets: &Assets,
    ) -> Result<Self, MissingBrandFile> {
        let asset = |variable: &'static str, name: &str| {
            assets
                .get(name)
                .map(|file| urls.asset(name, &file.version))
                .ok_or_else(|| MissingBrandFile {
                    variable,
                    name: name.to_owned(),
                })
        };
        let icon = settings.favicon.as_deref().unwrap_or("favicon.svg");
        Ok(Self {
            product_name: settings.product_name.clone().filter(|n| !n.is_empty()),
            logo_url: settings
                .logo
                .as_deref()
                .map(|n| asset("LOGO", n))
                .transpose()?,
            icon_url: asset("FAVICON", icon)?,
            icon_type: assets
                .get(icon)
                .map_or("image/svg+xml", |file| file.content_type),
            theme_url: settings
                .theme_css
                .as_deref()
                .map(|n| asset("THEME_CSS", n))
                .transpose()?,
            support_url: settings.support_url.clone(),
            footer_text: settings.footer_text.clone().filter(|t| !t.is_empty()),
        })
    }
}
