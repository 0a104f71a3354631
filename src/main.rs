use std::process::ExitCode;

use kratos_account_ui::config::Settings;
use kratos_account_ui::startup::{self, Application};
use kratos_account_ui::telemetry;

#[actix_web::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `healthcheck` is a subcommand for container health checks: the image needs no curl.
    let healthcheck = args.first().is_some_and(|arg| arg == "healthcheck");
    let flags = if healthcheck { &args[1..] } else { &args[..] };
    let settings = match Settings::from_args_and_env(flags) {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("kratos-account-ui: {err}");
            return ExitCode::from(2);
        }
    };
    if healthcheck {
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
