// Maps the test OpenID provider's claims to identity traits: only the email claim is used.
// Kratos passes the ID token / userinfo claims as std.extVar('claims').
local claims = std.extVar('claims');

{
  identity: {
    traits: {
      [if 'email' in claims then 'email' else null]: claims.email,
    },
  },
}
