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

// loadOrCreateHostKey reads the ed25519 host key at path, creating it (mode
// 0600, directory 0700) when it does not exist yet. A key others may read
// is refused, as sshd refuses one: whoever reads it can impersonate the
// server.
func loadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	pemBytes, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		pemBytes, created, err = createHostKey(path)
	}
	if err != nil {
		return nil, false, err
	}
	if !created {
		fi, err := os.Stat(path)
		if err != nil {
			return nil, false, fmt.Errorf("host key %s: %w", path, err)
		}
		if mode := fi.Mode().Perm(); mode&0o077 != 0 {
			return nil, false, fmt.Errorf("host key %s: readable by others (mode %04o); run chmod 600 on it", path, mode)
		}
	}
	signer, err = gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, created, nil
}

// createHostKey writes a new key with O_EXCL, so two servers starting at
// once cannot overwrite each other's key: the loser reads the winner's.
func createHostKey(path string) ([]byte, bool, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
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
