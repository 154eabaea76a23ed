// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"

#include "auth/sodium.h"

#include <QList>
#include <algorithm>
#include <sodium.h>
#include <stdexcept>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QByteArray secretBytes(const QString &secret)
{
    return secret.normalized(QString::NormalizationForm_KC).toUtf8();
}

// libsodium reads the stored hash as a C string; anything that cannot fit its buffer is not one.
std::optional<QByteArray> hashBytes(const QString &storedHash)
{
    QByteArray bytes = storedHash.toLatin1();
    if (bytes.isEmpty() || bytes.size() >= qsizetype(crypto_pwhash_STRBYTES) || bytes.contains('\0')) {
        return std::nullopt;
    }
    return bytes;
}

QString makeHash(const QString &secret, unsigned long long opsLimit, size_t memLimit)
{
    ensureSodium();
    const QByteArray bytes = secretBytes(secret);
    char out[crypto_pwhash_STRBYTES];
    // The only failure libsodium reports here is failing to allocate memLimit bytes.
    if (crypto_pwhash_str(out, bytes.constData(), bytes.size(), opsLimit, memLimit) != 0) {
        throw std::runtime_error("Argon2id ran out of memory while hashing a secret");
    }
    return QString::fromLatin1(out);
}

struct Limits
{
    unsigned long long opsLimit;
    size_t memLimit;
};

Limits limitsFor(PasswordHasher::Cost cost)
{
    switch (cost) {
    case PasswordHasher::Cost::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case PasswordHasher::Cost::TestMinimum:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case PasswordHasher::Cost::Interactive:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// The decoy for burnEquivalentTime(): one per cost, made on first use with the same limits as real
// hashes so the decoy verify costs the same. Function-local statics are initialised thread-safely.
template<PasswordHasher::Cost>
const QString &dummyHashFor(unsigned long long opsLimit, size_t memLimit)
{
    static const QString dummy = makeHash(u"boli-dummy"_s, opsLimit, memLimit);
    return dummy;
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
    , m_opsLimit(limitsFor(cost).opsLimit)
    , m_memLimit(limitsFor(cost).memLimit)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &secret) const
{
    return makeHash(secret, m_opsLimit, m_memLimit);
}

bool PasswordHasher::verify(const QString &secret, const QString &storedHash) const
{
    const std::optional<QByteArray> stored = hashBytes(storedHash);
    if (!stored) {
        return false;
    }
    const QByteArray bytes = secretBytes(secret);
    return crypto_pwhash_str_verify(stored->constData(), bytes.constData(), bytes.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const std::optional<QByteArray> stored = hashBytes(storedHash);
    // -1 means the string is not a hash libsodium understands: replacing it is the only way forward.
    return !stored || crypto_pwhash_str_needs_rehash(stored->constData(), m_opsLimit, m_memLimit) != 0;
}

void PasswordHasher::burnEquivalentTime() const
{
    const bool matched = verify(u"not the password of anyone"_s, dummyHash());
    Q_UNUSED(matched);
}

const QString &PasswordHasher::dummyHash() const
{
    switch (m_cost) {
    case Cost::Moderate:
        return dummyHashFor<Cost::Moderate>(m_opsLimit, m_memLimit);
    case Cost::TestMinimum:
        return dummyHashFor<Cost::TestMinimum>(m_opsLimit, m_memLimit);
    case Cost::Interactive:
        break;
    }
    return dummyHashFor<Cost::Interactive>(m_opsLimit, m_memLimit);
}

bool PasswordHasher::isValidPin(const QString &pin)
{
    if (pin.size() < kMinPinLength || pin.size() > kMaxPinLength) {
        return false;
    }
    // QChar::isDigit() would also accept Devanagari and other script digits; PINs are ASCII only.
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<QString> PasswordHasher::passwordProblem(const QString &password)
{
    // Count characters as the user sees them (code points), not UTF-16 units.
    const QList<uint> codePoints = password.toUcs4();
    if (codePoints.size() < kMinPasswordLength) {
        return u"The password must have at least %1 characters."_s.arg(kMinPasswordLength);
    }
    if (codePoints.size() > kMaxPasswordLength) {
        return u"The password must have at most %1 characters."_s.arg(kMaxPasswordLength);
    }
    if (std::all_of(
            codePoints.cbegin(), codePoints.cend(), [&](uint c) { return c == codePoints.front(); })) {
        return u"The password must not be one character repeated."_s;
    }
    return std::nullopt;
}

} // namespace boli::server
