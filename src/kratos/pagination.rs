//! Kratos' pagination: a `Link` header (RFC 8288) whose `rel="next"` URL carries the next
//! page's `page_token` (keyset pagination; the older `page` numbers are not followed).

use url::Url;

/// The `page_token` of the `rel="next"` link, if Kratos says there is a next page.
pub fn next_page_token(link_header: &str) -> Option<String> {
    link_header.split(',').find_map(|link| {
        let (target, params) = link.trim().split_once(';')?;
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        let is_next = params.split(';').any(|param| {
            param.split_once('=').is_some_and(|(key, value)| {
                key.trim().eq_ignore_ascii_case("rel")
                    && value
                        .trim()
                        .trim_matches('"')
                        .split_ascii_whitespace()
                        .any(|rel| rel.eq_ignore_ascii_case("next"))
            })
        });
        if !is_next {
            return None;
        }
        // Kratos sends an absolute URL; a relative one is resolved against a dummy base.
        let url = Url::parse(target)
            .or_else(|_| Url::parse("http://kratos.invalid/")?.join(target))
            .ok()?;
        url.query_pairs()
            .find(|(key, _)| key == "page_token")
            .map(|(_, value)| value.into_owned())
            .filter(|token| !token.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_link_decides() {
        for (header, expected) in [
            (
                r#"<http://k/sessions?page_size=2&page_token=eyJ4Ijo>; rel="next""#,
                Some("eyJ4Ijo"),
            ),
            (
                r#"<http://k/sessions?page_size=2&page_token=AAA>; rel="first",<http://k/sessions?page_size=2&page_token=BBB>; rel="next""#,
                Some("BBB"),
            ),
            (r#"</sessions?page_token=a%2Bb%3D>; rel=next"#, Some("a+b=")),
            (r#"<http://k/sessions?page_token=X>; rel="first""#, None),
            (r#"<http://k/sessions?page=2>; rel="next""#, None),
            (r#"<http://k/sessions?page_token=>; rel="next""#, None),
            ("garbage", None),
            ("", None),
            (r#"http://k/sessions?page_token=X; rel="next""#, None),
        ] {
            assert_eq!(next_page_token(header).as_deref(), expected, "{header}");
        }
    }
}
