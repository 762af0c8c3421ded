package server

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// keySet is a set of public keys, compared by their wire encoding.
type keySet map[string]struct{}

func (k keySet) has(key gossh.PublicKey) bool {
	if key == nil {
		return false
	}
	_, ok := k[string(key.Marshal())]
	return ok
}

// readAuthorizedKeys parses an OpenSSH authorized_keys file. Every bad line
// is reported with its number, and a bad line fails the whole file: a
// server that silently skipped a mistyped key would lock its owner out
// without saying why.
func readAuthorizedKeys(path string) (keySet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	keys := keySet{}
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", path, n, err))
			continue
		}
		keys[string(key.Marshal())] = struct{}{}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no keys, nobody could log in", path)
	}
	return keys, nil
}

// fingerprint is the SHA256 fingerprint of a client key, "-" for a client
// that logged in without one.
func fingerprint(key ssh.PublicKey) string {
	if key == nil {
		return "-"
	}
	return gossh.FingerprintSHA256(key)
}
