use std::process::ExitCode;

use kratos_account_ui::config::Settings;
use kratos_account_ui::startup::{self, Application};
use kratos_account_ui::telemetry;

#[actix_web::main]
async fn main() -> ExitCode {
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("kratos-account-ui: {err}");
            return ExitCode::from(2);
        }
    };
    // For container health checks: the image needs no curl.
    if std::env::args().nth(1).as_deref() == Some("healthcheck") {
        return if startup::is_alive(&settings).await {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    telemetry::init(settings.log_format);
    let application = match Application::build(settings).await {
        Ok(application) => application,
        Err(err) => {
            eprintln!("kratos-account-ui: {err}");
            return ExitCode::from(1);
        }
    };
    match application.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kratos-account-ui: {err}");
            ExitCode::from(1)
        }
    }
}
