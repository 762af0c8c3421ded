// Package sshtest runs a command against an ssh server the way
// `ssh host cmd` does, for the tests of the server and of the commands it
// offers.
package sshtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// NewKey makes a fresh client key.
func NewKey() (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return gossh.NewSignerFromKey(priv)
}

// Dial logs in to addr as "reader" with auth, or with a fresh key when
// auth is empty, trusting any host key.
func Dial(addr string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	if len(auth) == 0 {
		key, err := NewKey()
		if err != nil {
			return nil, err
		}
		auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "reader", Auth: auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // test servers with fresh keys
		Timeout:         5 * time.Second,
	})
}

// Run runs cmd on c without a terminal and returns its stdout, stderr and
// exit status (-1 when the server sent none).
func Run(c *gossh.Client, cmd string) (stdout, stderr string, status int, err error) {
	sess, err := c.NewSession()
	if err != nil {
		return "", "", 0, err
	}
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	status, err = ExitStatus(sess.Run(cmd))
	return out.String(), errOut.String(), status, err
}

// ExitStatus reads the exit status from the error of Session.Wait or Run:
// 0 for none, -1 when the session ended without a status.
func ExitStatus(err error) (int, error) {
	var ee *gossh.ExitError
	var missing *gossh.ExitMissingError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &ee):
		return ee.ExitStatus(), nil
	case errors.As(err, &missing), errors.Is(err, io.EOF):
		return -1, nil
	}
	return 0, fmt.Errorf("session ended with %w", err)
}
