// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/listingdraft.h"
#include "kiosk/photouploader.h"

#include <QCoroTask>
#include <QObject>
#include <QVariantList>

namespace boli::client {

class Outbox;
class ServerConnection;

/// @brief Everything the kiosk's "new listing" screen needs besides the farmer's typing: the
/// allowed durations, the last mandi used on this kiosk, the mandi reference price, the photos,
/// and the result of the submission as the outbox reports it.
class ListingForm : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList durations READ durations NOTIFY durationsChanged)
    Q_PROPERTY(int defaultDurationIndex READ defaultDurationIndex NOTIFY durationsChanged)
    Q_PROPERTY(QString lastMandi READ lastMandi NOTIFY placeChanged)
    Q_PROPERTY(QString lastDistrict READ lastDistrict NOTIFY placeChanged)
    Q_PROPERTY(QString lastState READ lastState NOTIFY placeChanged)
    Q_PROPERTY(qint64 referencePrice READ referencePrice NOTIFY referenceChanged)
    Q_PROPERTY(qint64 referenceMin READ referenceMin NOTIFY referenceChanged)
    Q_PROPERTY(qint64 referenceMax READ referenceMax NOTIFY referenceChanged)
    Q_PROPERTY(qint64 suggestedLow READ suggestedLow NOTIFY referenceChanged)
    Q_PROPERTY(qint64 suggestedHigh READ suggestedHigh NOTIFY referenceChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString submitState READ submitState NOTIFY submitChanged)
    Q_PROPERTY(QString submitMessage READ submitMessage NOTIFY submitChanged)
    Q_PROPERTY(qint64 submittedListingId READ submittedListingId NOTIFY submitChanged)
    Q_PROPERTY(boli::client::PhotoUploader *photos READ photos CONSTANT)

public:
    /// `settingsFile`: the ini file that remembers the last place (empty: the app's QSettings).
    ListingForm(ServerConnection &connection, Outbox &outbox, PhotoUploader::TokenSource token, QUrl mediaUrl,
        QString settingsFile, QObject *parent = nullptr);

    [[nodiscard]] QVariantList durations() const;
    [[nodiscard]] QList<int> durationList() const { return m_durations; }
    [[nodiscard]] int defaultDurationIndex() const;
    [[nodiscard]] QString lastMandi() const { return m_place.value(0); }
    [[nodiscard]] QString lastDistrict() const { return m_place.value(1); }
    [[nodiscard]] QString lastState() const { return m_place.value(2); }
    /// Mandi reference price (modal), paise per quintal; 0 when the server has none.
    [[nodiscard]] qint64 referencePrice() const { return m_reference[0]; }
    [[nodiscard]] qint64 referenceMin() const { return m_reference[1]; }
    [[nodiscard]] qint64 referenceMax() const { return m_reference[2]; }
    /// The server's suggested starting range (paise per quintal, from the reference price and recent
    /// Boli sales nearby; docs/market-prices.md); 0 when it has none.
    [[nodiscard]] qint64 suggestedLow() const { return m_suggested[0]; }
    [[nodiscard]] qint64 suggestedHigh() const { return m_suggested[1]; }
    [[nodiscard]] QString error() const { return m_error; }
    /// "" (nothing submitted), "sending", "queued" (offline, sent later), "sent" or "failed".
    [[nodiscard]] QString submitState() const { return m_submitState; }
    [[nodiscard]] QString submitMessage() const { return m_submitMessage; }
    [[nodiscard]] qint64 submittedListingId() const { return m_listingId; }
    [[nodiscard]] PhotoUploader *photos() { return &m_photos; }

    /// Fetches the allowed durations (`settings.get`).
    Q_INVOKABLE void load();
    /// Looks up the mandi reference price; any failure (an older server without `prices.reference`,
    /// no price known) just shows none.
    Q_INVOKABLE void lookUpReference(
        qint64 cropId, const QString &mandi, const QString &district, const QString &state);
    /// A fresh form: no error, no result, no photos, no reference.
    Q_INVOKABLE void reset();

    /// Checks the draft and hands it to the outbox; the draft id, or 0 with `error` set.
    qint64 submit(ListingDraft draft);
    void setError(const QString &error);

Q_SIGNALS:
    void durationsChanged();
    void placeChanged();
    void referenceChanged();
    void errorChanged();
    void submitChanged();

private:
    QCoro::Task<> loadDurations();
    QCoro::Task<> referenceTask(QJsonObject place, int generation);
    void onOutboxFinished(qint64 draftId, bool ok, qint64 listingId, const QString &message);
    void setReference(qint64 modal, qint64 min, qint64 max);
    void setSubmit(const QString &state, const QString &message, qint64 listingId);
    void rememberPlace(const ListingDraft &draft);

    ServerConnection &m_connection;
    Outbox &m_outbox;
    PhotoUploader m_photos;
    QString m_settingsFile;
    QList<int> m_durations;
    QStringList m_place;
    qint64 m_reference[3] {0, 0, 0};
    qint64 m_suggested[2] {0, 0};
    int m_referenceGeneration = 0;
    QString m_error;
    qint64 m_draftId = 0;
    QString m_submitState;
    QString m_submitMessage;
    qint64 m_listingId = 0;
};

} // namespace boli::client
