// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/listingform.h"

#include "net/serverconnection.h"
#include "offline/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
constexpr int kPreferredDuration = 60; // an hour suits most mandi lots
const QStringList kPlaceKeys {u"kiosk/mandi"_s, u"kiosk/district"_s, u"kiosk/state"_s};
const QString kDurationsKey = u"kiosk/durations"_s;

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}
} // namespace

ListingForm::ListingForm(ServerConnection &connection, Outbox &outbox, PhotoUploader::TokenSource token,
    QUrl mediaUrl, QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_photos(std::move(mediaUrl), std::move(token))
    , m_settingsFile(std::move(settingsFile))
{
    const auto settings = openSettings(m_settingsFile);
    for (const QString &key : kPlaceKeys) {
        m_place.append(settings->value(key).toString());
    }
    // The last durations the server allowed, so that a kiosk started offline can still queue a lot.
    for (const QVariant &minutes : settings->value(kDurationsKey).toList()) {
        m_durations.append(minutes.toInt());
    }
    connect(&m_outbox, &Outbox::finished, this, &ListingForm::onOutboxFinished);
}

QVariantList ListingForm::durations() const
{
    QVariantList list;
    for (const int minutes : m_durations) {
        list.append(minutes);
    }
    return list;
}

int ListingForm::defaultDurationIndex() const
{
    const qsizetype at = m_durations.indexOf(kPreferredDuration);
    return at >= 0 ? int(at) : 0;
}

void ListingForm::load()
{
    loadDurations();
}

QCoro::Task<> ListingForm::loadDurations()
{
    auto asking = m_connection.request(u"settings.get"_s);
    const protocol::Reply reply = co_await asking;
    if (!reply.ok()) {
        co_return; // keep what we had; the form says "choose a duration" if there is none
    }
    QList<int> durations;
    const QJsonArray minutes =
        reply.fields.value(u"settings"_s).toObject().value(u"auction_durations_minutes"_s).toArray();
    for (const QJsonValue &value : minutes) {
        durations.append(value.toInt());
    }
    if (durations != m_durations) {
        m_durations = durations;
        openSettings(m_settingsFile)->setValue(kDurationsKey, this->durations());
        Q_EMIT durationsChanged();
    }
}

void ListingForm::lookUpReference(
    qint64 cropId, const QString &mandi, const QString &district, const QString &state)
{
    m_suggested[0] = m_suggested[1] = 0;
    setReference(0, 0, 0);
    if (cropId <= 0) {
        return;
    }
    QJsonObject place {{u"crop_id"_s, cropId}, {u"mandi"_s, mandi.trimmed()},
        {u"district"_s, district.trimmed()}, {u"state"_s, state.trimmed()}};
    referenceTask(std::move(place), ++m_referenceGeneration);
}

QCoro::Task<> ListingForm::referenceTask(QJsonObject place, int generation)
{
    // prices.suggest answers with the reference price too: one round trip for both.
    auto asking = m_connection.request(u"prices.suggest"_s, std::move(place));
    const protocol::Reply reply = co_await asking;
    if (generation != m_referenceGeneration || !reply.ok()) {
        co_return; // a newer question was asked, or the server has no such op or price: show none
    }
    const QJsonObject suggestion = reply.fields.value(u"suggestion"_s).toObject();
    m_suggested[0] = suggestion.value(u"low"_s).toInteger();
    m_suggested[1] = suggestion.value(u"high"_s).toInteger();
    const QJsonObject reference = reply.fields.value(u"reference"_s).toObject();
    m_reference[0] = reference.value(u"modal_price"_s).toInteger();
    m_reference[1] = reference.value(u"min_price"_s).toInteger();
    m_reference[2] = reference.value(u"max_price"_s).toInteger();
    Q_EMIT referenceChanged(); // the suggestion may have changed even when the reference did not
}

void ListingForm::reset()
{
    ++m_referenceGeneration;
    m_draftId = 0;
    setError({});
    setSubmit({}, {}, 0);
    m_suggested[0] = m_suggested[1] = 0;
    setReference(0, 0, 0);
    m_photos.clear();
}

qint64 ListingForm::submit(ListingDraft draft)
{
    draft.photos = m_photos.hashes();
    const QString problem = draft.problem(m_durations);
    setError(problem);
    if (!problem.isEmpty()) {
        return 0;
    }
    rememberPlace(draft);
    setSubmit({}, {}, 0);
    const bool online = m_connection.state() == ServerConnection::State::Online;
    m_draftId = m_outbox.submitListing(draft.toFields());
    if (m_draftId <= 0) {
        setError(QCoreApplication::translate(
            "ListingForm", "Please log in again: the listing could not be saved."));
        return 0;
    }
    // The outbox may answer at once (an early refusal), so only a draft still waiting is marked.
    if (m_submitState != u"sent"_s && m_submitState != u"failed"_s) {
        setSubmit(online ? u"sending"_s : u"queued"_s, {}, 0);
    }
    return m_draftId;
}

void ListingForm::onOutboxFinished(qint64 draftId, bool ok, qint64 listingId, const QString &message)
{
    if (draftId == m_draftId) {
        setSubmit(ok ? u"sent"_s : u"failed"_s, message, listingId);
    }
}

void ListingForm::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void ListingForm::setReference(qint64 modal, qint64 min, qint64 max)
{
    if (modal != m_reference[0] || min != m_reference[1] || max != m_reference[2]) {
        m_reference[0] = modal;
        m_reference[1] = min;
        m_reference[2] = max;
        Q_EMIT referenceChanged();
    }
}

void ListingForm::setSubmit(const QString &state, const QString &message, qint64 listingId)
{
    m_submitState = state;
    m_submitMessage = message;
    m_listingId = listingId;
    Q_EMIT submitChanged();
}

void ListingForm::rememberPlace(const ListingDraft &draft)
{
    const QStringList place {draft.mandi.trimmed(), draft.district.trimmed(), draft.state.trimmed()};
    if (place == m_place) {
        return;
    }
    m_place = place;
    const auto settings = openSettings(m_settingsFile);
    for (int i = 0; i < kPlaceKeys.size(); ++i) {
        settings->setValue(kPlaceKeys.at(i), m_place.at(i));
    }
    Q_EMIT placeChanged();
}

} // namespace boli::client
