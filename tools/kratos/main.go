// Command kratos is Ory Kratos v1.3.1 built from the Go module proxy.
//
// Kratos' own go.mod carries `replace` lines, so `go install github.com/ory/kratos@v1.3.1` is
// refused; this consumer module repeats those replaces and calls Kratos' entry point.
package main

import (
	"os"

	"github.com/ory/kratos/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
