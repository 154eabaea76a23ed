// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace boli::test::script {

using namespace Qt::StringLiterals;
using namespace boli::server;

AuctionRules defaultRules()
{
    const QJsonArray bands {
        QJsonObject {{u"from"_s, 0}, {u"step"_s, 1'000}},
        QJsonObject {{u"from"_s, 100'000}, {u"step"_s, 2'500}},
        QJsonObject {{u"from"_s, 500'000}, {u"step"_s, 5'000}},
        QJsonObject {{u"from"_s, 1'000'000}, {u"step"_s, 10'000}},
    };
    AuctionRules rules;
    rules.increments = IncrementTable::fromJson(bands).value();
    return rules;
}

ListingTerms terms(qint64 reserveRupees, bool sealed, qint64 buyNowRupees)
{
    ListingTerms t;
    t.listingId = 7;
    t.sellerId = kSeller;
    t.format = sealed ? AuctionFormat::Sealed : AuctionFormat::Open;
    t.startingPrice = rupees(500);
    if (reserveRupees > 0) {
        t.reservePrice = rupees(reserveRupees);
    }
    if (buyNowRupees > 0) {
        t.buyNowPrice = rupees(buyNowRupees);
    }
    t.startsAt = T0;
    t.scheduledEndsAt = kEnd;
    return t;
}

qint64 bidder(QChar letter)
{
    return letter == u'S' ? kSeller : 11 + (letter.unicode() - u'A');
}

QString letter(std::optional<qint64> id)
{
    return id ? QString(QChar(u'A' + int(*id - 11))) : u"-"_s;
}

QString errorName(const AuctionResult &result)
{
    const auto *error = std::get_if<Error>(&result);
    return error ? errorCodeName(error->code) : QString();
}

QString clockText(UtcMs at)
{
    const qint64 ms = at - T0;
    QString text =
        u"%1:%2"_s.arg(ms / kMinute, 2, 10, QChar(u'0')).arg(ms % kMinute / kSecond, 2, 10, QChar(u'0'));
    return ms % kSecond ? text + u".%1"_s.arg(ms % kSecond, 3, 10, QChar(u'0')) : text;
}

UtcMs parseClock(QStringView text)
{
    const auto parts = text.split(u':');
    const auto sec = parts.at(1).split(u'.');
    return T0 + parts.at(0).toLongLong() * kMinute + sec.at(0).toLongLong() * kSecond
        + (sec.size() > 1 ? sec.at(1).toLongLong() : 0);
}

AuctionScript::AuctionScript(ListingTerms t, ListingStatus status)
    : auction(std::move(t), status)
{ }

QString AuctionScript::run(const QString &step, int index)
{
    QStringList w = step.split(u' ');
    const QString verb = w.value(1);
    if (w.at(0) == u"proxy"_s || w.at(0) == u"buynow"_s) {
        (w.at(0) == u"proxy"_s ? rules.proxyBidding : rules.buyNow) = verb == u"on"_s;
        return u"-"_s;
    }
    if (w.at(0) == u"snipe"_s || w.at(0) == u"cap"_s) {
        (w.at(0) == u"snipe"_s ? rules.antiSnipeMs : rules.extensionCapMs) = verb.toLongLong() * kSecond;
        return u"-"_s;
    }
    if (w.at(0) == u"confirm"_s) {
        rules.sellerConfirmationMs = verb.toLongLong() * kMinute;
        return u"-"_s;
    }
    UtcMs at = T0 + (index + 1) * kMinute;
    if (w.last().startsWith(u'@')) {
        at = parseClock(QStringView(w.takeLast()).mid(1));
    }
    const qint64 who = bidder(w.at(0).at(0));
    AuctionResult result = Error::of(ErrorCode::UnknownOp);
    if (w.at(0) == u"close"_s) {
        result = auction.close(at, rules);
    } else if (w.at(0) == u"timeout"_s) {
        result = auction.confirmationTimedOut(at);
    } else if (w.at(0) == u"move"_s) {
        result = auction.moveTo(listingStatusFromName(verb).value());
    } else if (w.at(0) == u"admin"_s) {
        result = auction.cancelByAdmin();
    } else if (verb == u"accept"_s) {
        result = auction.acceptHighest(who, at);
    } else if (verb == u"cancel"_s) {
        result = auction.cancelBySeller(who);
    } else if (verb == u"yes"_s || verb == u"no"_s) {
        result = auction.confirm(who, verb == u"yes"_s, at);
    } else if (verb == u"buynow"_s) {
        result = auction.buyNow(who, at, rules);
    } else {
        result =
            auction.placeBid(BidRequest {who, rupees(w.at(2).toLongLong()), verb == u"max"_s}, at, rules);
    }
    if (const auto *change = std::get_if<AuctionChange>(&result)) {
        last = *change;
        ledger.append(change->entries);
    }
    return errorName(result);
}

QStringList AuctionScript::runAll(const QStringList &steps, const std::function<QString()> &show)
{
    QStringList out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString outcome = run(steps.at(i), int(i));
        out << (outcome.isEmpty() ? show() : outcome);
    }
    return out;
}

QString AuctionScript::runPriced(const QString &step, int index)
{
    const QString outcome = run(step, index);
    return outcome.isEmpty() ? priceAndLeader() : outcome;
}

void AuctionScript::runExpecting(const QStringList &steps, const QStringList &after)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString outcome = runPriced(steps.at(i), int(i));
        if (i < after.size()) {
            QVERIFY2(outcome == after.at(i),
                qPrintable(u"step %1 \"%2\": got \"%3\", expected \"%4\""_s.arg(i + 1).arg(
                    steps.at(i), outcome, after.at(i))));
        }
    }
}

QString AuctionScript::status() const
{
    return listingStatusName(auction.status());
}

QString AuctionScript::priceAndLeader() const
{
    return u"%1 %2"_s.arg(auction.price() / kPaisePerRupee).arg(letter(auction.leaderId()));
}

} // namespace boli::test::script
