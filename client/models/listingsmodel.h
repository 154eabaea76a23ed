// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>

namespace boli::protocol {
struct Event;
}

namespace boli::client {

class ListingCache;
class ServerConnection;

/// @brief Live listings for browse screens: one query (listings.browse), then kept current by the
/// server's feed without asking again.
///
/// A row is the listing object of docs/protocol.md; roles name its fields. Money stays integer
/// paise here: formatting belongs to the view layer (boli::formatRupees).
class ListingsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(qint64 categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    // Further listings.browse filters; 0 or "" means any. Several set in one go ask the server once.
    Q_PROPERTY(qint64 cropId READ cropId WRITE setCropId NOTIFY filtersChanged)
    Q_PROPERTY(QString stateName READ stateName WRITE setStateName NOTIFY filtersChanged)
    Q_PROPERTY(QString district READ district WRITE setDistrict NOTIFY filtersChanged)
    Q_PROPERTY(QString mandi READ mandi WRITE setMandi NOTIFY filtersChanged)
    Q_PROPERTY(qint64 minPrice READ minPrice WRITE setMinPrice NOTIFY filtersChanged) ///< paise/quintal
    Q_PROPERTY(qint64 maxPrice READ maxPrice WRITE setMaxPrice NOTIFY filtersChanged) ///< paise/quintal
    Q_PROPERTY(
        int endingWithinMinutes READ endingWithinMinutes WRITE setEndingWithinMinutes NOTIFY filtersChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// The rows are not live: read from the offline cache, or the link dropped since they came.
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)
    /// The rows came from the offline cache, not from this run's server answer.
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY staleChanged)
    /// When the server sent the rows shown (server UTC ms); 0 before any.
    Q_PROPERTY(qint64 fetchedAt READ fetchedAt NOTIFY staleChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        CropIdRole,
        VarietyRole,
        QuantityKgRole,
        MandiRole,
        DistrictRole,
        StateRole,
        FormatRole,
        StatusRole,
        PriceRole, ///< paise per quintal; 0 before the first bid, null (0) while sealed
        StartingPriceRole,
        MinimumBidRole,
        BidCountRole,
        EndsAtRole,
        ReserveMetRole,
        BuyNowPriceRole,
        BuyNowAvailableRole,
        LeaderAliasRole,
    };
    Q_ENUM(Roles)

    explicit ListingsModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString sort() const { return m_sort; }
    void setSort(const QString &sort);
    [[nodiscard]] qint64 categoryId() const { return m_categoryId; }
    void setCategoryId(qint64 categoryId);
    [[nodiscard]] qint64 cropId() const { return m_filters.cropId; }
    void setCropId(qint64 cropId);
    [[nodiscard]] QString stateName() const { return m_filters.state; }
    void setStateName(const QString &state);
    [[nodiscard]] QString district() const { return m_filters.district; }
    void setDistrict(const QString &district);
    [[nodiscard]] QString mandi() const { return m_filters.mandi; }
    void setMandi(const QString &mandi);
    [[nodiscard]] qint64 minPrice() const { return m_filters.minPrice; }
    void setMinPrice(qint64 paise);
    [[nodiscard]] qint64 maxPrice() const { return m_filters.maxPrice; }
    void setMaxPrice(qint64 paise);
    [[nodiscard]] int endingWithinMinutes() const { return m_filters.endingWithinMinutes; }
    void setEndingWithinMinutes(int minutes);
    /// Back to every live listing (the category and sort stay).
    Q_INVOKABLE void clearFilters();
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int rowOf(qint64 listingId) const;
    [[nodiscard]] bool stale() const { return m_stale; }
    [[nodiscard]] bool fromCache() const { return m_fromCache; }
    [[nodiscard]] qint64 fetchedAt() const { return m_fetchedAt; }

    /// Keeps every browse answer in `cache` and, while there are no rows yet, shows its snapshot
    /// (stale, fromCache) until the server answers. The cache must outlive the model.
    void setCache(ListingCache *cache);

    /// Asks the server again with the current filter and sort.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sortChanged();
    void categoryIdChanged();
    void loadingChanged();
    void lastErrorChanged();
    void filtersChanged();
    void staleChanged();
    /// A refresh finished (successfully or not).
    void refreshed();

private:
    QCoro::Task<> load();
    QCoro::Task<> subscribe();
    void onEvent(const protocol::Event &event);
    void update(const QJsonObject &listing);
    void setLoading(bool loading);
    void setLastError(const QString &error);
    struct Filters
    {
        qint64 cropId = 0;
        QString state;
        QString district;
        QString mandi;
        qint64 minPrice = 0;
        qint64 maxPrice = 0;
        int endingWithinMinutes = 0;
        bool operator==(const Filters &) const = default;
    };
    void setFilters(const Filters &filters);
    void addFilters(QJsonObject &query) const;
    void setStale(bool stale, bool fromCache);
    void remember();

    ServerConnection &m_connection;
    QList<QJsonObject> m_rows;
    QString m_sort = QStringLiteral("ending_soon");
    qint64 m_categoryId = 0;
    bool m_loading = false;
    QString m_lastError;
    Filters m_filters;
    bool m_refreshQueued = false;
    ListingCache *m_cache = nullptr;
    bool m_stale = false;
    bool m_fromCache = false;
    qint64 m_fetchedAt = 0;
};

} // namespace boli::client
