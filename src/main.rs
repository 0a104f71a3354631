//! The binary: reads the command line and environment once, starts telemetry, builds the
//! application and runs it until SIGTERM; `healthcheck` asks a running instance instead.

use std::process::ExitCode;

use kratos_account_ui::config::{Command, CommandLineError, Settings};
use kratos_account_ui::startup::{self, Application};
use kratos_account_ui::telemetry;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[actix_web::main]
async fn main() -> ExitCode {
    startup::tune_allocator();
    startup::install_crypto_provider();
    let (command, settings) = match Settings::from_command_line(std::env::args_os()) {
        Ok(parsed) => parsed,
        Err(CommandLineError::Show(help_or_version)) => help_or_version.exit(),
        Err(CommandLineError::Invalid(err)) => {
            eprintln!("kratos-account-ui: {err}");
            return ExitCode::from(2);
        }
    };
    if command == Some(Command::Healthcheck) {
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
