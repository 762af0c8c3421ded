package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	gossh "golang.org/x/crypto/ssh"
)

// DefaultHostKeyPath is where the host key lives when the configuration
// names none: under the user's state directory, because the key is state
// the server makes and keeps, not configuration a person writes.
func DefaultHostKeyPath() (string, error) {
	if dir := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "chronik", "host_ed25519"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("host key: no state directory: %w", err)
	}
	return filepath.Join(home, ".local", "state", "chronik", "host_ed25519"), nil
}

// hostKey is the server's key as loadOrCreateHostKey found or made it.
type hostKey struct {
	signer  gossh.Signer
	created bool     // the key file was made now
	dirs    []string // directories made for it now, outermost first
}

// loadOrCreateHostKey reads the ed25519 host key at path, creating it (mode
// 0600) when it does not exist yet. The directory it goes in must exist,
// unless makeDirs is set (the default path, under the user's state
// directory), in which case the missing directories are made (0700) and
// listed. A key others may read is refused, as sshd refuses one: whoever
// reads it can impersonate the server.
func loadOrCreateHostKey(path string, makeDirs bool) (hostKey, error) {
	var hk hostKey
	pemBytes, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if hk.dirs, err = keyDir(filepath.Dir(path), makeDirs); err != nil {
			return hk, err
		}
		pemBytes, hk.created, err = createHostKey(path)
	}
	if err != nil {
		return hk, err
	}
	if !hk.created {
		fi, err := os.Stat(path)
		if err != nil {
			return hk, fmt.Errorf("host key %s: %w", path, err)
		}
		if mode := fi.Mode().Perm(); mode&0o077 != 0 {
			return hk, fmt.Errorf("host key %s: readable by others (mode %04o); run chmod 600 on it", path, mode)
		}
	}
	if hk.signer, err = gossh.ParsePrivateKey(pemBytes); err != nil {
		return hk, fmt.Errorf("host key %s: %w", path, err)
	}
	return hk, nil
}

// keyDir makes sure dir exists. Without makeDirs a missing directory is an
// error: a path typed by hand with a typo must not leave a tree of new
// directories behind (as root, anywhere). With makeDirs it makes the
// missing ones and returns them.
func keyDir(dir string, makeDirs bool) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err == nil {
			if !fi.IsDir() {
				return nil, fmt.Errorf("host key: %s is not a directory", d)
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("host key: %w", err)
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	if !makeDirs {
		return nil, fmt.Errorf("host key: directory %s does not exist; create it, or give --host-key a path in an existing directory", dir)
	}
	slices.Reverse(missing)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	return missing, nil
}

// createHostKey writes a new key with O_EXCL, so two servers starting at
// once cannot overwrite each other's key: the loser reads the winner's.
func createHostKey(path string) ([]byte, bool, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "chronik host key")
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	pemBytes := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		b, err := os.ReadFile(path)
		return b, false, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	_, err = f.Write(pemBytes)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return pemBytes, true, nil
}
