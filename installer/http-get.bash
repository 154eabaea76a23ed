# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# http_get PORT PATH: a bounded HTTP GET to 127.0.0.1 with nothing but bash (a minimal Debian has
# no curl). Prints the status line, then the body. QHttpServer 6.4 keeps the connection open even
# after "Connection: close", so the body is read by its Content-Length, never to end of stream.
http_get() {
    local line length=0
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
    IFS= read -r -t 10 line <&3 || { exec 3<&-; return 1; }
    echo "${line%$'\r'}"
    while IFS= read -r -t 10 line <&3 && [ -n "${line%$'\r'}" ]; do
        case "${line,,}" in
        content-length:*) length=${line//[^0-9]/} ;;
        esac
    done
    timeout 10 head -c "$length" <&3
    echo
    exec 3<&-
}
