"""The Helm chart, rendered and checked against the binary it deploys.

The settings, probe paths and port are read from the real binary (its --help, and a run of it
with the chart's own environment), so the chart cannot drift from the code.
Run by scripts/test-chart (which provides helm, PyYAML and the binary).
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "deploy" / "helm" / "kratos-account-ui"
FULL_VALUES = CHART / "ci" / "full-values.yaml"
HELM = os.environ.get("HELM", str(REPO / ".cache" / "bin" / "helm"))
PROMTOOL = os.environ.get("PROMTOOL", str(REPO / ".cache" / "bin" / "promtool"))
ALERT_TESTS = REPO / "tests" / "chart" / "alerts.test.yml"
DASHBOARD = CHART / "dashboards" / "kratos-account-ui.json"
BINARY = os.environ["KAU_BINARY"]
# Read by the logging library, not a setting; the README documents it next to LOG_FORMAT.
NOT_SETTINGS_BUT_READ = {"RUST_LOG"}


def helm(*args):
    result = subprocess.run([HELM, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"helm {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def render(*values_files, sets=()):
    args = ["template", "kau", str(CHART), "--namespace", "identity"]
    for values in values_files:
        args += ["-f", str(values)]
    for item in sets:
        args += ["--set", item]
    objects = [doc for doc in yaml.safe_load_all(helm(*args)) if doc]
    by_kind = {}
    for obj in objects:
        by_kind.setdefault(obj["kind"], []).append(obj)
    return by_kind


def binary_settings():
    """Every environment variable the binary reads as a setting, from its --help."""
    result = subprocess.run([BINARY, "--help"], capture_output=True, text=True)
    names = set(re.findall(r"\[env: ([A-Z][A-Z0-9_]*)\]", result.stdout))
    if result.returncode != 0 or not names:
        raise AssertionError(f"no settings in the binary's --help:\n{result.stdout}{result.stderr}")
    return names


def promtool(*args):
    result = subprocess.run([PROMTOOL, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"promtool {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def alert_rules(rendered):
    """The PrometheusRule's rules, as a Prometheus rules file's content."""
    (rule,) = rendered.by_kind["PrometheusRule"]
    return {"groups": rule["spec"]["groups"]}


def dashboard_queries():
    """(panel title, PromQL) of every panel, with Grafana's variables as a query would get
    them: every namespace and job, a 5-minute rate window."""
    dashboard = json.loads(DASHBOARD.read_text())
    queries = []
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            expr = target["expr"].replace("$__rate_interval", "5m")
            expr = expr.replace("$namespace", ".*").replace("$job", ".*")
            queries.append((panel["title"], expr))
    return queries


def labels_filtered_or_grouped_in(expression):
    """Labels a query matches on or groups by, except the ones the scrape adds."""
    grouped = re.findall(r"by \(([^)]*)\)", expression)
    names = {name.strip() for group in grouped for name in group.split(",")}
    names |= set(re.findall(r"[{,](\w+)(?:=~|!~|!=|=)\"", expression))
    return names - {"namespace", "job", "instance"}


def metric_names_in(expression):
    """The metric names a PromQL expression selects (each is followed by a `{`)."""
    return set(re.findall(r"([a-z_:][a-z0-9_:]*)\{", expression))


def seconds(duration):
    """A duration as the binary writes it (500ms, 5s, 1m, or seconds)."""
    number, unit = re.fullmatch(r"([0-9.]+)(ms|s|m|)", duration.strip()).groups()
    return float(number) * {"ms": 0.001, "s": 1, "": 1, "m": 60}[unit]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


class Rendered:
    """One rendering of the chart, with the pieces the checks look at."""

    def __init__(self, by_kind):
        self.by_kind = by_kind
        (self.deployment,) = by_kind["Deployment"]
        self.pod = self.deployment["spec"]["template"]["spec"]
        (self.container,) = self.pod["containers"]
        (config_name,) = [
            e["configMapRef"]["name"] for e in self.container["envFrom"] if "configMapRef" in e
        ]
        (self.configmap,) = [c for c in by_kind["ConfigMap"] if c["metadata"]["name"] == config_name]
        secrets = by_kind.get("Secret", [])
        self.secret = secrets[0] if secrets else None

    def env(self):
        """Every variable the container gets: ConfigMap, Secret, and plain entries."""
        env = dict(self.configmap["data"])
        if self.secret:
            env.update(self.secret.get("stringData", {}))
        for entry in self.container.get("env", []):
            env[entry["name"]] = entry.get("value")
        return env

    def secret_refs(self):
        return [e["secretRef"]["name"] for e in self.container["envFrom"] if "secretRef" in e]

    def probe_path(self, probe):
        get = self.container[probe]["httpGet"]
        self.assert_named_port(get["port"])
        return get["path"]

    def assert_named_port(self, name):
        if name != self.container_port()["name"]:
            raise AssertionError(f"probe port {name!r} is not the container's port")

    def container_port(self, name="http"):
        (port,) = [p for p in self.container["ports"] if p["name"] == name]
        return port


class ChartTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.settings = binary_settings()
        cls.default = Rendered(render())
        cls.full = Rendered(render(FULL_VALUES))

    def test_lint_is_strict_clean(self):
        helm("lint", "--strict", str(CHART))
        helm("lint", "--strict", str(CHART), "-f", str(FULL_VALUES))

    def test_the_binary_reports_its_settings(self):
        for expected in ("KRATOS_PUBLIC_URL", "PORT", "HOST", "BASE_PATH"):
            self.assertIn(expected, self.settings)

    def test_every_variable_the_chart_sets_is_a_setting_of_the_binary(self):
        for rendered in (self.default, self.full):
            names = set(rendered.env()) - NOT_SETTINGS_BUT_READ
            self.assertTrue(names)
            self.assertEqual(names - self.settings, set())
        # values.yaml offers every setting the binary has (except those the chart or the
        # image decide), so none is forgotten when one is added.
        values = yaml.safe_load((CHART / "values.yaml").read_text())
        offered = set(values["config"]) | {"PORT", "METRICS_PORT", "STATIC_DIR"}
        offered |= {name for name in self.settings if name in SECRET_SETTINGS}
        self.assertEqual(self.settings - offered, set())

    def test_default_objects(self):
        kinds = {kind: len(objs) for kind, objs in self.default.by_kind.items()}
        self.assertEqual(
            kinds,
            {
                "ConfigMap": 1,
                "Deployment": 1,
                "PodDisruptionBudget": 1,
                "Secret": 1,
                "Service": 1,
                "ServiceAccount": 1,
            },
        )
        self.assertEqual(self.default.deployment["spec"]["replicas"], 2)

    def test_fully_configured_objects(self):
        by_kind = self.full.by_kind
        self.assertEqual(len(by_kind["Ingress"]), 2)
        self.assertEqual(len(by_kind["HorizontalPodAutoscaler"]), 1)
        # The autoscaler owns the replica count.
        self.assertNotIn("replicas", self.full.deployment["spec"])
        (hpa,) = by_kind["HorizontalPodAutoscaler"]
        self.assertEqual(hpa["spec"]["scaleTargetRef"]["name"], self.full.deployment["metadata"]["name"])
        self.assertEqual((hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]), (3, 10))
        (pdb,) = by_kind["PodDisruptionBudget"]
        self.assertEqual(pdb["spec"]["minAvailable"], 2)
        self.assertEqual(
            pdb["spec"]["selector"]["matchLabels"],
            self.full.deployment["spec"]["selector"]["matchLabels"],
        )

    def test_the_service_monitor_scrapes_the_metrics_port_of_this_service(self):
        (monitor,) = self.full.by_kind["ServiceMonitor"]
        (service,) = self.full.by_kind["Service"]
        self.assertEqual(monitor["metadata"]["labels"]["release"], "prometheus")
        selector = monitor["spec"]["selector"]["matchLabels"]
        self.assertLessEqual(selector.items(), service["metadata"]["labels"].items())
        self.assertEqual(monitor["spec"]["namespaceSelector"]["matchNames"], ["identity"])
        (endpoint,) = monitor["spec"]["endpoints"]
        self.assertEqual((endpoint["path"], endpoint["interval"]), ("/metrics", "15s"))
        # The Service's port of that name leads to the container port the binary serves
        # /metrics on (METRICS_PORT).
        (port,) = [p for p in service["spec"]["ports"] if p["name"] == endpoint["port"]]
        metrics = self.full.container_port(port["targetPort"])
        self.assertEqual(str(metrics["containerPort"]), self.full.env()["METRICS_PORT"])
        # Metrics on the http port: the monitor follows.
        shared = Rendered(render(FULL_VALUES, sets=["metrics.port=0"]))
        (monitor,) = shared.by_kind["ServiceMonitor"]
        self.assertEqual(monitor["spec"]["endpoints"][0]["port"], "http")

    def test_the_alerting_rules_pass_promtool_and_their_unit_tests(self):
        with tempfile.TemporaryDirectory() as folder:
            rules = Path(folder) / "rules.yml"
            rules.write_text(yaml.safe_dump(alert_rules(self.full)))
            shutil.copy(ALERT_TESTS, folder)
            promtool("check", "rules", str(rules))
            output = promtool("test", "rules", str(Path(folder) / ALERT_TESTS.name))
            self.assertIn("SUCCESS", output)
            # Each alert is tested.
            tested = set(re.findall(r"alertname: (\w+)", ALERT_TESTS.read_text()))
            alerts = {r["alert"] for g in alert_rules(self.full)["groups"] for r in g["rules"]}
            self.assertEqual(alerts, tested)

    def test_the_alerting_rules_select_the_series_they_are_told_to(self):
        selector = 'app_kubernetes_io_instance="account"'
        rendered = Rendered(
            render(FULL_VALUES, sets=[f"metrics.prometheusRule.selector={selector}"])
        )
        for group in alert_rules(rendered)["groups"]:
            for rule in group["rules"]:
                for name in metric_names_in(rule["expr"]):
                    self.assertIn(name + "{" + selector, rule["expr"], rule["alert"])
                self.assertNotIn("job=", rule["expr"])
        with tempfile.TemporaryDirectory() as folder:
            rules = Path(folder) / "rules.yml"
            rules.write_text(yaml.safe_dump(alert_rules(rendered)))
            promtool("check", "rules", str(rules))

    def test_the_grafana_dashboard_ships_as_the_file_is(self):
        self.assertNotIn("-dashboard", str(self.default.by_kind["ConfigMap"]))
        (dashboard,) = [
            c for c in self.full.by_kind["ConfigMap"] if c["metadata"]["name"].endswith("-dashboard")
        ]
        self.assertEqual(dashboard["metadata"]["labels"]["grafana_dashboard"], "1")
        (content,) = dashboard["data"].values()
        self.assertEqual(json.loads(content), json.loads(DASHBOARD.read_text()))

    def test_the_dashboards_queries_are_promql(self):
        queries = dashboard_queries()
        self.assertGreaterEqual(len(queries), 6)
        rules = [
            {"record": f"dashboard:query_{n}", "expr": expr} for n, (_, expr) in enumerate(queries)
        ]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "dashboard.yml"
            path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
            promtool("check", "rules", str(path))

    def test_probes_ports_and_service_agree(self):
        for rendered in (self.default, self.full):
            port = rendered.container_port()
            self.assertEqual(port["name"], "http")
            self.assertEqual(str(port["containerPort"]), rendered.env()["PORT"])
            ready = rendered.container["readinessProbe"]["httpGet"]
            alive = rendered.container["livenessProbe"]["httpGet"]
            self.assertEqual((ready["path"], ready["port"]), ("/health/ready", "http"))
            self.assertEqual((alive["path"], alive["port"]), ("/health/alive", "http"))
            # /metrics on a port of its own, named on the pod and the Service.
            metrics = rendered.container_port("metrics")
            self.assertEqual(str(metrics["containerPort"]), rendered.env()["METRICS_PORT"])
            self.assertNotEqual(metrics["containerPort"], port["containerPort"])
            annotations = rendered.deployment["spec"]["template"]["metadata"]["annotations"]
            self.assertEqual(annotations["prometheus.io/port"], str(metrics["containerPort"]))
            (service,) = rendered.by_kind["Service"]
            self.assertEqual(
                {p["name"]: p["targetPort"] for p in service["spec"]["ports"]},
                {"http": "http", "metrics": "metrics"},
            )
            self.assertEqual(
                service["spec"]["selector"],
                rendered.deployment["spec"]["selector"]["matchLabels"],
            )
            labels = rendered.deployment["spec"]["template"]["metadata"]["labels"]
            for key, value in service["spec"]["selector"].items():
                self.assertEqual(labels[key], value)

    def test_metrics_on_the_http_port_when_asked(self):
        rendered = Rendered(render(sets=["metrics.port=0"]))
        self.assertNotIn("METRICS_PORT", rendered.env())
        self.assertEqual([p["name"] for p in rendered.container["ports"]], ["http"])
        annotations = rendered.deployment["spec"]["template"]["metadata"]["annotations"]
        self.assertEqual(annotations["prometheus.io/port"], rendered.env()["PORT"])
        (service,) = rendered.by_kind["Service"]
        self.assertEqual([p["name"] for p in service["spec"]["ports"]], ["http"])
        quiet = Rendered(render(sets=["metrics.annotations=false"]))
        annotations = quiet.deployment["spec"]["template"]["metadata"]["annotations"]
        self.assertFalse([name for name in annotations if name.startswith("prometheus.io/")])

    def test_security_context(self):
        for rendered in (self.default, self.full):
            pod = rendered.pod["securityContext"]
            self.assertTrue(pod["runAsNonRoot"])
            self.assertNotEqual(pod["runAsUser"], 0)
            self.assertEqual(pod["seccompProfile"]["type"], "RuntimeDefault")
            container = rendered.container["securityContext"]
            self.assertTrue(container["readOnlyRootFilesystem"])
            self.assertFalse(container["allowPrivilegeEscalation"])
            self.assertEqual(container["capabilities"]["drop"], ["ALL"])
            self.assertNotIn("add", container["capabilities"])
            self.assertFalse(rendered.pod["automountServiceAccountToken"])

    def test_the_image_user_is_the_charts_user(self):
        dockerfile = (REPO / "Dockerfile").read_text()
        users = re.findall(r"^USER (\d+)", dockerfile, re.M)
        self.assertEqual(users, [str(self.default.pod["securityContext"]["runAsUser"])])
        exposed = re.findall(r"^EXPOSE (\d+)", dockerfile, re.M)
        self.assertEqual(exposed, [str(self.default.container_port()["containerPort"])])

    def test_drain_on_stop(self):
        for rendered in (self.default, self.full):
            pre_stop = rendered.container["lifecycle"]["preStop"]["exec"]["command"]
            self.assertEqual(pre_stop[0], "sleep")
            pause = int(pre_stop[1])
            self.assertGreater(pause, 0)
            # Room for the pause, the server's drain and its stop (10 s for in-flight requests).
            drain = seconds(rendered.env().get("SHUTDOWN_DRAIN") or "5s")
            self.assertGreaterEqual(
                rendered.pod["terminationGracePeriodSeconds"], pause + drain + 10
            )
            strategy = rendered.deployment["spec"]["strategy"]["rollingUpdate"]
            self.assertEqual(strategy["maxUnavailable"], 0)

    def test_the_default_image_tag_is_the_binarys_version(self):
        chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
        version = subprocess.run([BINARY, "--version"], capture_output=True, text=True).stdout
        self.assertEqual(version.split(), ["kratos-account-ui", chart["appVersion"]])
        image = self.default.container["image"]
        self.assertEqual(image, f"kratos-account-ui:{chart['appVersion']}")

    def test_resources_are_set(self):
        resources = self.default.container["resources"]
        self.assertIn("cpu", resources["requests"])
        self.assertIn("memory", resources["requests"])
        self.assertIn("memory", resources["limits"])

    def test_ingress_follows_the_base_path_and_routes_kratos_on_the_same_origin(self):
        ui, kratos = sorted(self.full.by_kind["Ingress"], key=lambda i: i["metadata"]["name"])
        env = self.full.env()
        self.assertEqual(env["BASE_PATH"], "/account/")
        (ui_rule,) = ui["spec"]["rules"]
        (ui_path,) = ui_rule["http"]["paths"]
        self.assertEqual((ui_path["path"], ui_path["pathType"]), ("/account", "Prefix"))
        self.assertEqual(ui_path["backend"]["service"]["name"], self.full.deployment["metadata"]["name"])
        self.assertEqual(ui_path["backend"]["service"]["port"]["name"], "http")
        (kratos_rule,) = kratos["spec"]["rules"]
        self.assertEqual(kratos_rule["host"], ui_rule["host"])
        (kratos_path,) = kratos_rule["http"]["paths"]
        self.assertEqual(kratos_path["path"], "/.ory/kratos/public(/|$)(.*)")
        self.assertEqual(kratos_path["backend"]["service"]["name"], "kratos-public")
        self.assertEqual(kratos["metadata"]["annotations"]["nginx.ingress.kubernetes.io/rewrite-target"], "/$2")
        self.assertNotIn("nginx.ingress.kubernetes.io/rewrite-target", ui["metadata"].get("annotations", {}))
        # Browsers reach Kratos through the same origin.
        self.assertEqual(env["KRATOS_BROWSER_URL"], "https://id.example.com/.ory/kratos/public")
        self.assertEqual(ui["spec"]["tls"][0]["hosts"], ["id.example.com"])

    def test_the_session_secret_is_generated_given_or_taken_from_an_existing_secret(self):
        self.assertLessEqual(SECRET_SETTINGS, self.settings)
        # Generated when none is given: long enough, in the Secret the pods read, never in the
        # ConfigMap; given in the values, used as it is.
        given = yaml.safe_load(FULL_VALUES.read_text())["secret"]["SESSION_SECRET"]
        for rendered, expected in ((self.default, None), (self.full, given)):
            value = rendered.secret["stringData"]["SESSION_SECRET"]
            self.assertGreaterEqual(len(value.encode()), 64)
            if expected:
                self.assertEqual(value, expected)
            self.assertNotIn("SESSION_SECRET", rendered.configmap["data"])
            self.assertEqual(rendered.secret_refs(), [rendered.secret["metadata"]["name"]])
        again = Rendered(render()).secret["stringData"]["SESSION_SECRET"]
        self.assertNotEqual(again, self.default.secret["stringData"]["SESSION_SECRET"], "not random")
        # A value the binary would refuse stops the rendering instead of the pods.
        with self.assertRaisesRegex(AssertionError, "at least 64 bytes"):
            render(sets=["secret.SESSION_SECRET=short"])
        elsewhere = Rendered(render(sets=["existingSecret=managed-elsewhere"]))
        self.assertIsNone(elsewhere.secret)
        self.assertEqual(elsewhere.secret_refs(), ["managed-elsewhere"])
        # Development mode needs no key, so none is made up.
        dev = Rendered(render(sets=["config.DEV_MODE=true"]))
        self.assertIsNone(dev.secret)
        self.assertEqual(dev.secret_refs(), [])

    def test_the_binary_accepts_the_charts_environment_and_answers_its_probes(self):
        for rendered in (self.default, self.full):
            port = free_port()
            env = {k: v for k, v in rendered.env().items() if v is not None}
            # The chart's listen address as it is (every interface); reached over loopback.
            loopback = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}[env["HOST"]]
            metrics_port = free_port()
            env.update(PORT=str(port), METRICS_PORT=str(metrics_port), STATIC_DIR=str(REPO / "static"))
            env["PATH"] = os.environ.get("PATH", "")
            process = subprocess.Popen(
                [BINARY], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            try:
                base = f"http://{loopback}:{port}"
                # The probes as the kubelet runs them: the rendered paths, on the named port.
                alive = f"{base}{rendered.probe_path('livenessProbe')}"
                ready = f"{base}{rendered.probe_path('readinessProbe')}"
                deadline = time.monotonic() + 15
                status = None
                while time.monotonic() < deadline and process.poll() is None:
                    try:
                        status = status_of(alive)
                        break
                    except (urllib.error.URLError, ConnectionError):
                        time.sleep(0.1)
                if process.poll() is not None:
                    self.fail(f"the binary refused the chart's settings: {process.communicate()[1]}")
                self.assertEqual(status, 200)
                # Kratos is not running here: ready says so (503), which also proves the path.
                self.assertEqual(status_of(ready), 503)
                self.assertEqual(status_of(f"{base}/no-such-page"), 404)
                # Metrics where the scrape annotations point, and not on the http port.
                self.assertEqual(status_of(f"http://{loopback}:{metrics_port}/metrics"), 200)
                self.assertEqual(status_of(f"{base}/metrics"), 404)
                # Once is enough: both renderings run the same binary.
                if rendered is self.full:
                    self.assert_queries_read_what_is_exported(
                        f"http://{loopback}:{metrics_port}/metrics"
                    )
            finally:
                # SIGINT stops without the drain (SIGTERM would wait SHUTDOWN_DRAIN).
                process.send_signal(signal.SIGINT)
                process.communicate(timeout=15)


    def assert_queries_read_what_is_exported(self, metrics_url):
        """The alerts and the dashboard's queries read only series the binary at
        `metrics_url` exports (`up` is Prometheus' own), with the labels they filter or group
        by. Readiness has made a call to Kratos, so its series are there too."""
        with urllib.request.urlopen(metrics_url) as answer:
            exported = answer.read().decode()
        families = set(re.findall(r"^# TYPE (\S+) ", exported, re.MULTILINE))
        queries = [
            (rule["alert"], rule["expr"])
            for group in alert_rules(self.full)["groups"]
            for rule in group["rules"]
        ] + dashboard_queries()
        for what, expr in queries:
            names = metric_names_in(expr) - {"up"}
            for name in names:
                self.assertIn(re.sub(r"_bucket$", "", name), families, what)
            for label in labels_filtered_or_grouped_in(expr):
                self.assertTrue(
                    any(re.search(rf"(?m)^{name}\{{[^}}]*\b{label}=", exported) for name in names),
                    f"{what}: no exported series of {names} has the label {label}",
                )

# Settings whose values are keys: the chart puts them into a Secret, never a ConfigMap.
SECRET_SETTINGS = {"SESSION_SECRET"}


if __name__ == "__main__":
    unittest.main(verbosity=2)
