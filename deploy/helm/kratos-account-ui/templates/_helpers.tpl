{{/* Names and labels shared by every object of the chart. */}}

{{- define "kau.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "kau.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kau.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kau.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "kau.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "kau.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "kau.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "kau.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The UI's path prefix: BASE_PATH normalised as the binary does ("" or "/x/y"). */}}
{{- define "kau.basePath" -}}
{{- $trimmed := trimAll "/" (default "" .Values.config.BASE_PATH) }}
{{- if $trimmed }}/{{ $trimmed }}{{ end }}
{{- end }}

{{/* The settings as rendered into the ConfigMap: non-empty values, plus derived ones. */}}
{{- define "kau.config" -}}
{{- $config := dict }}
{{- range $name, $value := .Values.config }}
{{- if ne (toString $value) "" }}
{{- $_ := set $config $name (toString $value) }}
{{- end }}
{{- end }}
{{- if and .Values.ingress.enabled .Values.ingress.kratos.enabled (not .Values.config.KRATOS_BROWSER_URL) }}
{{- $scheme := ternary "https" "http" .Values.ingress.tls.enabled }}
{{- $_ := set $config "KRATOS_BROWSER_URL" (printf "%s://%s%s" $scheme .Values.ingress.host (trimSuffix "/" .Values.ingress.kratos.path)) }}
{{- end }}
{{- $_ := set $config "PORT" (toString .Values.containerPort) }}
{{- if .Values.metrics.port }}
{{- $_ := set $config "METRICS_PORT" (toString .Values.metrics.port) }}
{{- end }}
{{- toYaml $config }}
{{- end }}

{{- define "kau.secretName" -}}
{{- default (include "kau.fullname" .) .Values.existingSecret }}
{{- end }}

{{/* "true" when the pods read a Secret: one managed elsewhere, or the chart's own (which holds
     the values of `secret`, and a generated SESSION_SECRET unless one is given or DEV_MODE). */}}
{{- define "kau.usesSecret" -}}
{{- $given := false }}
{{- range $name, $value := .Values.secret }}
{{- if ne (toString $value) "" }}{{ $given = true }}{{ end }}
{{- end }}
{{- if or .Values.existingSecret $given (ne (toString .Values.config.DEV_MODE) "true") }}true{{ end }}
{{- end }}
