#!/usr/bin/env bash
# Installs what the Roundcube end-to-end tests need, from Debian's packages: Roundcube with its
# SQLite driver, PHP's command line (its built-in server serves Roundcube, so no Apache), and
# Dovecot's IMAP and LMTP servers. Run by .ci/run and by the tests themselves when something is
# missing. Exits 0 once everything is there; as non-root, or without apt-get, prints one line
# saying what to install and exits 3.
set -euo pipefail

needed=(roundcube-core roundcube-sqlite3 php-cli dovecot-imapd dovecot-lmtpd)

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = 'install ok installed' ]; }

missing_packages() {
  local package
  for package in "${needed[@]}"; do installed "$package" || echo "$package"; done
}

mapfile -t missing < <(missing_packages)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Roundcube e2e tests need Debian packages: apt-get install --no-install-recommends php-cgi ${missing[*]}" >&2
  exit 3
fi

# One installer at a time (test workers start together); apt-get itself waits for dpkg's lock.
exec 9>/tmp/steady-roundcube-install.lock
flock 9
mapfile -t missing < <(missing_packages)
[ ${#missing[@]} -eq 0 ] && exit 0

export DEBIAN_FRONTEND=noninteractive
# The tests configure their own database: dbconfig-common sets none up at install.
debconf-set-selections <<'EOF'
roundcube-core roundcube/dbconfig-install boolean false
roundcube-core roundcube/database-type select sqlite3
EOF
apt-get update -qq
# php-cgi first: it satisfies PHP's "a server API" dependency, which apt would otherwise meet with Apache.
apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 php-cgi "${missing[@]}" >/dev/null
