<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN">
<context>
    <name>AdminArea</name>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Trader</translation>
    </message>
    <message>
        <source>Business seller</source>
        <translation>Business seller</translation>
    </message>
    <message>
        <source>Field agent</source>
        <translation>Field agent</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Give a reason: the person concerned will read it.</source>
        <translation>Give a reason: the person concerned will read it.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Keep the reason under %1 characters.</translation>
    </message>
    <message>
        <source>Listing %1 approved.</source>
        <translation>Listing %1 approved.</translation>
    </message>
    <message>
        <source>Listing %1 rejected.</source>
        <translation>Listing %1 rejected.</translation>
    </message>
    <message>
        <source>The account is banned and its sessions have ended.</source>
        <translation>The account is banned and its sessions have ended.</translation>
    </message>
    <message>
        <source>The account is unbanned.</source>
        <translation>The account is unbanned.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <source>The role is now %1.</source>
        <translation>The role is now %1.</translation>
    </message>
    <message>
        <source>The account is verified.</source>
        <translation>The account is verified.</translation>
    </message>
    <message>
        <source>The account is no longer verified.</source>
        <translation>The account is no longer verified.</translation>
    </message>
    <message>
        <source>The account is created.</source>
        <translation>The account is created.</translation>
    </message>
</context>
<context>
    <name>AdminOverview</name>
    <message>
        <source>Market overview</source>
        <translation>Market overview</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Live auctions</source>
        <translation>Live auctions</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Lots on the live feed</source>
        <translation>Lots on the live feed</translation>
    </message>
    <message>
        <source>Bids on the live lots</source>
        <translation>Bids on the live lots</translation>
    </message>
    <message>
        <source>Listings past review</source>
        <translation>Listings past review</translation>
    </message>
    <message>
        <source>Bids placed</source>
        <translation>Bids placed</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>Traders who bid</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <source>Sold of closed auctions</source>
        <translation>Sold of closed auctions</translation>
    </message>
    <message>
        <source>Bids per closed auction</source>
        <translation>Bids per closed auction</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>AdminShell</name>
    <message>
        <source>Boli admin</source>
        <translation>Boli admin</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Moderation (%1)</source>
        <translation>Moderation (%1)</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings and flags</source>
        <translation>Settings and flags</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Closed auctions</source>
        <translation>Closed auctions</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Bids per auction</source>
        <translation>Bids per auction</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>Traders who bid</translation>
    </message>
    <message>
        <source>Watchlist entries</source>
        <translation>Watchlist entries</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Final prices against the mandi</source>
        <translation>Final prices against the mandi</translation>
    </message>
    <message>
        <source>Uplift over the mandi price, by day</source>
        <translation>Uplift over the mandi price, by day</translation>
    </message>
    <message>
        <source>% above the mandi</source>
        <translation>% above the mandi</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>No sale with a mandi price in this range.</source>
        <translation>No sale with a mandi price in this range.</translation>
    </message>
    <message>
        <source>Bids and success rate, by day</source>
        <translation>Bids and success rate, by day</translation>
    </message>
    <message>
        <source>Success rate, %</source>
        <translation>Success rate, %</translation>
    </message>
    <message>
        <source>No auction closed in this range.</source>
        <translation>No auction closed in this range.</translation>
    </message>
    <message>
        <source>By crop</source>
        <translation>By crop</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>By mandi</source>
        <translation>By mandi</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>Mandi</translation>
    </message>
</context>
<context>
    <name>AnalyticsTable</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>Nothing closed in this range.</source>
        <translation>Nothing closed in this range.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>The actor is a user id, a whole number like 4.</source>
        <translation>The actor is a user id, a whole number like 4.</translation>
    </message>
    <message>
        <source>Type dates like 2026-11-21, or 2026-11-21 14:30.</source>
        <translation>Type dates like 2026-11-21, or 2026-11-21 14:30.</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>The end of the time range must come after its start.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Actor (user id)</source>
        <translation>Actor (user id)</translation>
    </message>
    <message>
        <source>Action, e.g. admin.</source>
        <translation>Action, e.g. admin.</translation>
    </message>
    <message>
        <source>Target, e.g. user:4</source>
        <translation>Target, e.g. user:4</translation>
    </message>
    <message>
        <source>From 2026-11-21</source>
        <translation>From 2026-11-21</translation>
    </message>
    <message>
        <source>To 2026-11-21</source>
        <translation>To 2026-11-21</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>Mandi</translation>
    </message>
    <message>
        <source>Min ₹/quintal</source>
        <translation>Min ₹/quintal</translation>
    </message>
    <message>
        <source>Max ₹/quintal</source>
        <translation>Max ₹/quintal</translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation>Ending: any time</translation>
    </message>
    <message>
        <source>Ending within 15 min</source>
        <translation>Ending within 15 min</translation>
    </message>
    <message>
        <source>Ending within 1 hour</source>
        <translation>Ending within 1 hour</translation>
    </message>
    <message>
        <source>Ending within 4 hours</source>
        <translation>Ending within 4 hours</translation>
    </message>
    <message>
        <source>Ending within 1 day</source>
        <translation>Ending within 1 day</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <source>Ending soonest</source>
        <translation>Ending soonest</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Price: low to high</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Price: high to low</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Could not load the listings. Showing the last ones seen.</source>
        <translation>Could not load the listings. Showing the last ones seen.</translation>
    </message>
    <message>
        <source>No live listings match these filters.</source>
        <translation>No live listings match these filters.</translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <source>Admin mode needs an admin account.</source>
        <translation>Admin mode needs an admin account.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Offline: showing saved data. Changes will be sent when the connection is back.</source>
        <translation>Offline: showing saved data. Changes will be sent when the connection is back.</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (4–6 digits)</translation>
    </message>
    <message>
        <source>Password (8+ characters)</source>
        <translation>Password (8+ characters)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>CropCatalog</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>All crops</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Boli</source>
        <translation>Boli</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>My bids</source>
        <translation>My bids</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This app and the server do not understand each other. Please update the app.</source>
        <translation>This app and the server do not understand each other. Please update the app.</translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation>Please fill in every required field.</translation>
    </message>
    <message>
        <source>One of the values is not valid. Please check and try again.</source>
        <translation>One of the values is not valid. Please check and try again.</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Wrong phone, email, PIN or password.</source>
        <translation>Wrong phone, email, PIN or password.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. The account is locked for a while.</source>
        <translation>Too many wrong attempts. The account is locked for a while.</translation>
    </message>
    <message>
        <source>This account has been blocked. Please contact the mandi office.</source>
        <translation>This account has been blocked. Please contact the mandi office.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>The 6-digit code is wrong or has expired.</source>
        <translation>The 6-digit code is wrong or has expired.</translation>
    </message>
    <message>
        <source>Admins must set up two-factor authentication first.</source>
        <translation>Admins must set up two-factor authentication first.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>Too many attempts. Please wait a minute and try again.</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>Not found. It may have been removed.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>This already exists.</translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation>The server had a problem. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>This auction is not open for bids.</source>
        <translation>This auction is not open for bids.</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>This auction has ended.</translation>
    </message>
    <message>
        <source>Your bid is below the minimum. Someone may have bid before you.</source>
        <translation>Your bid is below the minimum. Someone may have bid before you.</translation>
    </message>
    <message>
        <source>You cannot bid on your own listing.</source>
        <translation>You cannot bid on your own listing.</translation>
    </message>
    <message>
        <source>Buy Now is no longer available for this listing.</source>
        <translation>Buy Now is no longer available for this listing.</translation>
    </message>
    <message>
        <source>Automatic (proxy) bidding is switched off.</source>
        <translation>Automatic (proxy) bidding is switched off.</translation>
    </message>
    <message>
        <source>This cannot be done in the listing's current state.</source>
        <translation>This cannot be done in the listing's current state.</translation>
    </message>
    <message>
        <source>This listing already has bids and cannot be changed.</source>
        <translation>This listing already has bids and cannot be changed.</translation>
    </message>
    <message>
        <source>Your account must be verified by the mandi office first.</source>
        <translation>Your account must be verified by the mandi office first.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>Someone else changed this at the same moment. Please try again.</translation>
    </message>
    <message>
        <source>No connection to the server. Please try again when online.</source>
        <translation>No connection to the server. Please try again when online.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>The server did not answer in time. Please try again.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1/quintal</source>
        <translation>%1/quintal</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>IncrementTable</name>
    <message>
        <source>From price (₹/quintal)</source>
        <translation>From price (₹/quintal)</translation>
    </message>
    <message>
        <source>Raise by at least (₹)</source>
        <translation>Raise by at least (₹)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Add band</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>IncrementsEditor</name>
    <message>
        <source>Band %1: type both amounts in rupees, like 1,000 or 25.50.</source>
        <translation>Band %1: type both amounts in rupees, like 1,000 or 25.50.</translation>
    </message>
    <message>
        <source>Keep at least one band.</source>
        <translation>Keep at least one band.</translation>
    </message>
</context>
<context>
    <name>KioskAgentRegister</name>
    <message>
        <source>Register a farmer</source>
        <translation>Register a farmer</translation>
    </message>
    <message>
        <source>Farmer's name</source>
        <translation>Farmer's name</translation>
    </message>
    <message>
        <source>Farmer's mobile number</source>
        <translation>Farmer's mobile number</translation>
    </message>
    <message>
        <source>PIN the farmer chooses (4 to 6 digits)</source>
        <translation>PIN the farmer chooses (4 to 6 digits)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sell a crop for %1</source>
        <translation>Sell a crop for %1</translation>
    </message>
</context>
<context>
    <name>KioskArea</name>
    <message>
        <source>Register the farmer first: a field agent lists for a farmer.</source>
        <translation>Register the farmer first: a field agent lists for a farmer.</translation>
    </message>
    <message>
        <source>Sold to the highest bidder.</source>
        <translation>Sold to the highest bidder.</translation>
    </message>
    <message>
        <source>Rejected by the farmer at the kiosk</source>
        <translation>Rejected by the farmer at the kiosk</translation>
    </message>
    <message>
        <source>Sale confirmed.</source>
        <translation>Sale confirmed.</translation>
    </message>
    <message>
        <source>Bid rejected: the lot is not sold.</source>
        <translation>Bid rejected: the lot is not sold.</translation>
    </message>
    <message>
        <source>Listing withdrawn.</source>
        <translation>Listing withdrawn.</translation>
    </message>
    <message>
        <source>Sale updated.</source>
        <translation>Sale updated.</translation>
    </message>
    <message>
        <source>%1 is registered. You can now list for them.</source>
        <translation>%1 is registered. You can now list for them.</translation>
    </message>
    <message>
        <source>= %1 quintal</source>
        <translation>= %1 quintal</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 bid</source>
        <translation>1 bid</translation>
    </message>
    <message>
        <source>%1 bids</source>
        <translation>%1 bids</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>Starts soon</translation>
    </message>
    <message>
        <source>Bidding open</source>
        <translation>Bidding open</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Not sold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sale pending</source>
        <translation>Sale pending</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
</context>
<context>
    <name>KioskCropGrid</name>
    <message>
        <source>Which crop are you selling?</source>
        <translation>Which crop are you selling?</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Namaste, %1</source>
        <translation>Namaste, %1</translation>
    </message>
    <message>
        <source>Listing for the farmer %1</source>
        <translation>Listing for the farmer %1</translation>
    </message>
    <message>
        <source>Register a farmer first, then list their crop.</source>
        <translation>Register a farmer first, then list their crop.</translation>
    </message>
    <message>
        <source>Register a farmer</source>
        <translation>Register a farmer</translation>
    </message>
    <message>
        <source>Sell a crop</source>
        <translation>Sell a crop</translation>
    </message>
    <message>
        <source>My listings and bids</source>
        <translation>My listings and bids</translation>
    </message>
    <message>
        <source>My sales</source>
        <translation>My sales</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>Finish and log out</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>My results</translation>
    </message>
</context>
<context>
    <name>KioskListingCard</name>
    <message>
        <source>Starts at %1</source>
        <translation>Starts at %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>ends in %1</translation>
    </message>
    <message>
        <source>Accept the highest bid</source>
        <translation>Accept the highest bid</translation>
    </message>
    <message>
        <source>Confirm the sale at %1</source>
        <translation>Confirm the sale at %1</translation>
    </message>
    <message>
        <source>Do not sell</source>
        <translation>Do not sell</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>KioskListingForm</name>
    <message>
        <source>Selling: %1</source>
        <translation>Selling: %1</translation>
    </message>
    <message>
        <source>Change crop</source>
        <translation>Change crop</translation>
    </message>
    <message>
        <source>For the farmer %1</source>
        <translation>For the farmer %1</translation>
    </message>
    <message>
        <source>Quantity (kg)</source>
        <translation>Quantity (kg)</translation>
    </message>
    <message>
        <source>Starting price (₹ per quintal)</source>
        <translation>Starting price (₹ per quintal)</translation>
    </message>
    <message>
        <source>Mandi price: %1 (%2 – %3)</source>
        <translation>Mandi price: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Today's mandi price: %1</source>
        <translation>Today's mandi price: %1</translation>
    </message>
    <message>
        <source>Auction runs for</source>
        <translation>Auction runs for</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>Mandi</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Put up for auction</source>
        <translation>Put up for auction</translation>
    </message>
    <message>
        <source>Your %1 is listed (number %2). Traders will see it once it is open for bids.</source>
        <translation>Your %1 is listed (number %2). Traders will see it once it is open for bids.</translation>
    </message>
    <message>
        <source>No connection right now. Your listing is saved and will be sent automatically.</source>
        <translation>No connection right now. Your listing is saved and will be sent automatically.</translation>
    </message>
    <message>
        <source>The listing was not accepted: %1</source>
        <translation>The listing was not accepted: %1</translation>
    </message>
    <message>
        <source>Change and try again</source>
        <translation>Change and try again</translation>
    </message>
    <message>
        <source>See my listings</source>
        <translation>See my listings</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Suggested starting price: %1 – %2</source>
        <translation>Suggested starting price: %1 – %2</translation>
    </message>
</context>
<context>
    <name>KioskLogin</name>
    <message>
        <source>Field agent login</source>
        <translation>Field agent login</translation>
    </message>
    <message>
        <source>Log in with your phone number and PIN</source>
        <translation>Log in with your phone number and PIN</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>PIN (4 to 6 digits)</source>
        <translation>PIN (4 to 6 digits)</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>KioskMyListings</name>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>You have no listings yet.</source>
        <translation>You have no listings yet.</translation>
    </message>
    <message>
        <source>Sell now?</source>
        <translation>Sell now?</translation>
    </message>
    <message>
        <source>Sell to the highest bidder at %1? You receive %2.</source>
        <translation>Sell to the highest bidder at %1? You receive %2.</translation>
    </message>
</context>
<context>
    <name>KioskPhotos</name>
    <message>
        <source>Photos (optional, up to 3)</source>
        <translation>Photos (optional, up to 3)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose a photo of the lot</source>
        <translation>Choose a photo of the lot</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>My results</source>
        <translation>My results</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Sold of closed auctions</source>
        <translation>Sold of closed auctions</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>Traders who bid</translation>
    </message>
    <message>
        <source>Traders watching</source>
        <translation>Traders watching</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Money from sales</source>
        <translation>Money from sales</translation>
    </message>
    <message>
        <source>Price compared with the mandi</source>
        <translation>Price compared with the mandi</translation>
    </message>
    <message>
        <source>Above or below the mandi price, by sale date</source>
        <translation>Above or below the mandi price, by sale date</translation>
    </message>
    <message>
        <source>% above the mandi price</source>
        <translation>% above the mandi price</translation>
    </message>
    <message>
        <source>No sale to compare with the mandi price yet.</source>
        <translation>No sale to compare with the mandi price yet.</translation>
    </message>
    <message>
        <source>Each listing</source>
        <translation>Each listing</translation>
    </message>
    <message>
        <source>Number %1 · %2 · %3</source>
        <translation>Number %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Sold at %1</source>
        <translation>Sold at %1</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Not sold</translation>
    </message>
    <message>
        <source>Mandi that day: %1</source>
        <translation>Mandi that day: %1</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>Views: %1</translation>
    </message>
</context>
<context>
    <name>KioskSales</name>
    <message>
        <source>My sales</source>
        <translation>My sales</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>No sales yet.</translation>
    </message>
    <message>
        <source>Listing %1 · %2 at %3</source>
        <translation>Listing %1 · %2 at %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>Mark as: %1</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Boli mandi kiosk · %1</source>
        <translation>Boli mandi kiosk · %1</translation>
    </message>
    <message>
        <source>Boli mandi kiosk</source>
        <translation>Boli mandi kiosk</translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>Boli — sell your crop at the best price</source>
        <translation>Boli — sell your crop at the best price</translation>
    </message>
    <message>
        <source>Traders across India bid live for your produce. Touch the button to begin.</source>
        <translation>Traders across India bid live for your produce. Touch the button to begin.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Field agent login</source>
        <translation>Field agent login</translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
</context>
<context>
    <name>ListingCard</name>
    <message>
        <source>%1 · %2, %3, %4</source>
        <translation>%1 · %2, %3, %4</translation>
    </message>
    <message>
        <source>Sealed bids</source>
        <translation>Sealed bids</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Starts at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) · ends in %1</source>
        <translation><numerusform>%n bid · ends in %1</numerusform><numerusform>%n bids · ends in %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ListingDetail</name>
    <message>
        <source>You won this lot at %1</source>
        <translation>You won this lot at %1</translation>
    </message>
    <message>
        <source>Sold to another bidder at %1</source>
        <translation>Sold to another bidder at %1</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Not sold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>You lead at %1: waiting for the farmer's confirmation</source>
        <translation>You lead at %1: waiting for the farmer's confirmation</translation>
    </message>
    <message>
        <source>Waiting for the farmer's confirmation</source>
        <translation>Waiting for the farmer's confirmation</translation>
    </message>
    <message>
        <source>Type the amount in rupees, for example 4650.</source>
        <translation>Type the amount in rupees, for example 4650.</translation>
    </message>
    <message>
        <source>Type your maximum in rupees, for example 5000.</source>
        <translation>Type your maximum in rupees, for example 5000.</translation>
    </message>
    <message>
        <source>The lowest bid now is %1.</source>
        <translation>The lowest bid now is %1.</translation>
    </message>
    <message>
        <source>Bid placed, but another bidder's maximum is higher: the price is now %1.</source>
        <translation>Bid placed, but another bidder's maximum is higher: the price is now %1.</translation>
    </message>
    <message>
        <source>Your maximum of %1 is set. You lead at %2.</source>
        <translation>Your maximum of %1 is set. You lead at %2.</translation>
    </message>
    <message>
        <source>Bid placed. You lead at %1.</source>
        <translation>Bid placed. You lead at %1.</translation>
    </message>
    <message>
        <source>You bought this lot for %1.</source>
        <translation>You bought this lot for %1.</translation>
    </message>
</context>
<context>
    <name>ListingDetailPage</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Saved</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Save</translation>
    </message>
    <message>
        <source>Lot %1 · %2 · %3, %4, %5</source>
        <translation>Lot %1 · %2 · %3, %4, %5</translation>
    </message>
    <message>
        <source>Current price</source>
        <translation>Current price</translation>
    </message>
    <message>
        <source>Sealed bids</source>
        <translation>Sealed bids</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Starts at %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>You (%1)</translation>
    </message>
    <message>
        <source>No bids yet</source>
        <translation>No bids yet</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>No reserve</translation>
    </message>
    <message>
        <source>Reserve met</source>
        <translation>Reserve met</translation>
    </message>
    <message>
        <source>Reserve not met yet</source>
        <translation>Reserve not met yet</translation>
    </message>
    <message>
        <source>Bid history</source>
        <translation>Bid history</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>Buy Now</translation>
    </message>
    <message>
        <source>Sealed bids are shown after the close.</source>
        <translation>Sealed bids are shown after the close.</translation>
    </message>
    <message>
        <source>Your bid (₹ per quintal)</source>
        <translation>Your bid (₹ per quintal)</translation>
    </message>
    <message>
        <source>Lowest bid now: %1</source>
        <translation>Lowest bid now: %1</translation>
    </message>
    <message>
        <source>Amount in ₹</source>
        <translation>Amount in ₹</translation>
    </message>
    <message>
        <source>Your bid in rupees per quintal</source>
        <translation>Your bid in rupees per quintal</translation>
    </message>
    <message>
        <source>Place bid</source>
        <translation>Place bid</translation>
    </message>
    <message>
        <source>Proxy maximum: we bid for you, step by step, up to this amount.</source>
        <translation>Proxy maximum: we bid for you, step by step, up to this amount.</translation>
    </message>
    <message>
        <source>Your maximum in ₹</source>
        <translation>Your maximum in ₹</translation>
    </message>
    <message>
        <source>Proxy maximum in rupees per quintal</source>
        <translation>Proxy maximum in rupees per quintal</translation>
    </message>
    <message>
        <source>Set maximum</source>
        <translation>Set maximum</translation>
    </message>
    <message>
        <source>Buy Now at %1</source>
        <translation>Buy Now at %1</translation>
    </message>
    <message>
        <source>Buy the whole lot now?</source>
        <translation>Buy the whole lot now?</translation>
    </message>
    <message>
        <source>%1 at %2.
Total to pay: %3</source>
        <translation>%1 at %2.
Total to pay: %3</translation>
    </message>
</context>
<context>
    <name>ListingDraft</name>
    <message>
        <source>Choose the crop first.</source>
        <translation>Choose the crop first.</translation>
    </message>
    <message>
        <source>Enter the quantity in kg (1 to 1,00,00,000).</source>
        <translation>Enter the quantity in kg (1 to 1,00,00,000).</translation>
    </message>
    <message>
        <source>Enter the starting price in rupees per quintal (up to ₹10,00,000).</source>
        <translation>Enter the starting price in rupees per quintal (up to ₹10,00,000).</translation>
    </message>
    <message>
        <source>Choose how long the auction runs.</source>
        <translation>Choose how long the auction runs.</translation>
    </message>
    <message>
        <source>Enter the mandi, district and state (up to 80 letters each).</source>
        <translation>Enter the mandi, district and state (up to 80 letters each).</translation>
    </message>
    <message>
        <source>At most 3 photos.</source>
        <translation>At most 3 photos.</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <source>Please log in again: the listing could not be saved.</source>
        <translation>Please log in again: the listing could not be saved.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Boli admin</source>
        <translation>Boli admin</translation>
    </message>
    <message>
        <source>Boli — live crop auctions</source>
        <translation>Boli — live crop auctions</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Phone or email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>6-digit code (two-factor)</source>
        <translation>6-digit code (two-factor)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Boli admin</source>
        <translation>Boli admin</translation>
    </message>
    <message>
        <source>Boli</source>
        <translation>Boli</translation>
    </message>
</context>
<context>
    <name>MarketAnalytics</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Enter both dates as year-month-day, for example 2026-11-01.</source>
        <translation>Enter both dates as year-month-day, for example 2026-11-01.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>The first day must not be after the last day.</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>Choose at most %1 days.</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Listings waiting for review</source>
        <translation>Listings waiting for review</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>Reject listing %1</source>
        <translation>Reject listing %1</translation>
    </message>
    <message>
        <source>Why is it rejected? The seller will read this.</source>
        <translation>Why is it rejected? The seller will read this.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>MyBidsPage</name>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>My bid %1</source>
        <translation>My bid %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>You have not bid yet.</source>
        <translation>You have not bid yet.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>You were outbid on lot %1: the price is now %2.</source>
        <translation>You were outbid on lot %1: the price is now %2.</translation>
    </message>
    <message>
        <source>You won lot %1. Total to pay: %2.</source>
        <translation>You won lot %1. Total to pay: %2.</translation>
    </message>
    <message>
        <source>Lot %1 ended without you: last price %2.</source>
        <translation>Lot %1 ended without you: last price %2.</translation>
    </message>
    <message>
        <source>Lot %1 was cancelled.</source>
        <translation>Lot %1 was cancelled.</translation>
    </message>
    <message>
        <source>Your lot %1 was sold.</source>
        <translation>Your lot %1 was sold.</translation>
    </message>
    <message>
        <source>Your lot %1 was not sold.</source>
        <translation>Your lot %1 was not sold.</translation>
    </message>
    <message>
        <source>Lot %1 needs your confirmation.</source>
        <translation>Lot %1 needs your confirmation.</translation>
    </message>
    <message>
        <source>News about lot %1.</source>
        <translation>News about lot %1.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>No notifications.</translation>
    </message>
</context>
<context>
    <name>PendingDelegate</name>
    <message>
        <source>#%1 · %2 %3</source>
        <translation>#%1 · %2 %3</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>Crop %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation>%1 at %2, %3, %4</translation>
    </message>
    <message>
        <source>Starts at %1 · reserve %2 · Buy Now %3</source>
        <translation>Starts at %1 · reserve %2 · Buy Now %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Seller #%1 · grade %2 · %3 auction · listed %4</source>
        <translation>Seller #%1 · grade %2 · %3 auction · listed %4</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
</context>
<context>
    <name>PhotoUploader</name>
    <message>
        <source>At most 3 photos.</source>
        <translation>At most 3 photos.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG or WebP photo.</source>
        <translation>Choose a JPEG, PNG or WebP photo.</translation>
    </message>
    <message>
        <source>This photo cannot be used (it must be smaller than 5 MB).</source>
        <translation>This photo cannot be used (it must be smaller than 5 MB).</translation>
    </message>
</context>
<context>
    <name>PriceHistory</name>
    <message>
        <source>Mandi prices</source>
        <translation>Mandi prices</translation>
    </message>
    <message>
        <source>Mandi prices, %1 – %2</source>
        <translation>Mandi prices, %1 – %2</translation>
    </message>
    <message>
        <source>At this mandi</source>
        <translation>At this mandi</translation>
    </message>
    <message>
        <source>Mandis in this district</source>
        <translation>Mandis in this district</translation>
    </message>
    <message>
        <source>Mandis in this state</source>
        <translation>Mandis in this state</translation>
    </message>
    <message>
        <source>Mandis across India</source>
        <translation>Mandis across India</translation>
    </message>
    <message>
        <source>Sample figures shipped with Boli, not real prices</source>
        <translation>Sample figures shipped with Boli, not real prices</translation>
    </message>
    <message>
        <source>Source: Agmarknet (data.gov.in)</source>
        <translation>Source: Agmarknet (data.gov.in)</translation>
    </message>
    <message>
        <source>Source: Agmarknet file imported by the admin</source>
        <translation>Source: Agmarknet file imported by the admin</translation>
    </message>
    <message>
        <source>Source: Agmarknet (data.gov.in and imported files)</source>
        <translation>Source: Agmarknet (data.gov.in and imported files)</translation>
    </message>
    <message>
        <source>No mandi prices are known for this crop yet.</source>
        <translation>No mandi prices are known for this crop yet.</translation>
    </message>
</context>
<context>
    <name>PriceHistoryChart</name>
    <message>
        <source>₹ per quintal</source>
        <translation>₹ per quintal</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Modal price</source>
        <translation>Modal price</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Loading mandi prices…</source>
        <translation>Loading mandi prices…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SettingCatalog</name>
    <message>
        <source>Review new listings</source>
        <translation>Review new listings</translation>
    </message>
    <message>
        <source>New listings wait for an admin to approve them.</source>
        <translation>New listings wait for an admin to approve them.</translation>
    </message>
    <message>
        <source>Seller verification</source>
        <translation>Seller verification</translation>
    </message>
    <message>
        <source>Only verified sellers may list produce.</source>
        <translation>Only verified sellers may list produce.</translation>
    </message>
    <message>
        <source>Trader KYC</source>
        <translation>Trader KYC</translation>
    </message>
    <message>
        <source>Only verified traders may bid.</source>
        <translation>Only verified traders may bid.</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Reserved: traders will need a deposit to bid (not enforced yet).</source>
        <translation>Reserved: traders will need a deposit to bid (not enforced yet).</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>Buy Now</translation>
    </message>
    <message>
        <source>Sellers may offer a fixed Buy Now price.</source>
        <translation>Sellers may offer a fixed Buy Now price.</translation>
    </message>
    <message>
        <source>Proxy bidding</source>
        <translation>Proxy bidding</translation>
    </message>
    <message>
        <source>Traders may set a maximum and let the server bid for them.</source>
        <translation>Traders may set a maximum and let the server bid for them.</translation>
    </message>
    <message>
        <source>Two-factor login for admins</source>
        <translation>Two-factor login for admins</translation>
    </message>
    <message>
        <source>Admins must log in with a 6-digit code. Set up your own code before switching it on.</source>
        <translation>Admins must log in with a 6-digit code. Set up your own code before switching it on.</translation>
    </message>
    <message>
        <source>Anti-sniping extension</source>
        <translation>Anti-sniping extension</translation>
    </message>
    <message>
        <source>Seconds, 0 to 600. A bid this close to the end moves the end this far out; 0 switches it off.</source>
        <translation>Seconds, 0 to 600. A bid this close to the end moves the end this far out; 0 switches it off.</translation>
    </message>
    <message>
        <source>Anti-sniping limit per auction</source>
        <translation>Anti-sniping limit per auction</translation>
    </message>
    <message>
        <source>Seconds, 0 to 86400. The most one auction may be extended in total; 0 means no limit.</source>
        <translation>Seconds, 0 to 86400. The most one auction may be extended in total; 0 means no limit.</translation>
    </message>
    <message>
        <source>Seller confirmation window</source>
        <translation>Seller confirmation window</translation>
    </message>
    <message>
        <source>Minutes, 0 to 1440, a farmer has to accept the winning bid; 0 sells at once.</source>
        <translation>Minutes, 0 to 1440, a farmer has to accept the winning bid; 0 sells at once.</translation>
    </message>
    <message>
        <source>Bid increments</source>
        <translation>Bid increments</translation>
    </message>
    <message>
        <source>Smallest raise per quintal by price band. The first band starts at ₹0, bands rise, each step is at least 1 paisa.</source>
        <translation>Smallest raise per quintal by price band. The first band starts at ₹0, bands rise, each step is at least 1 paisa.</translation>
    </message>
    <message>
        <source>Auction durations</source>
        <translation>Auction durations</translation>
    </message>
    <message>
        <source>Minutes a seller may choose, separated by commas; each 1 to 10080, no repeats.</source>
        <translation>Minutes a seller may choose, separated by commas; each 1 to 10080, no repeats.</translation>
    </message>
</context>
<context>
    <name>SettingDelegate</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>from %1: +%2</source>
        <translation>from %1: +%2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Type a whole number, like 30.</source>
        <translation>Type a whole number, like 30.</translation>
    </message>
    <message>
        <source>Type whole minutes separated by commas, like 15, 30, 60.</source>
        <translation>Type whole minutes separated by commas, like 15, 30, 60.</translation>
    </message>
    <message>
        <source>The server refused this value. %1</source>
        <translation>The server refused this value. %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings and feature flags</source>
        <translation>Settings and feature flags</translation>
    </message>
</context>
<context>
    <name>TraderArea</name>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>%1 (lot %2)</source>
        <translation>%1 (lot %2)</translation>
    </message>
    <message>
        <source>You were outbid on %1: the price is now %2.</source>
        <translation>You were outbid on %1: the price is now %2.</translation>
    </message>
    <message>
        <source>Saved to your watchlist.</source>
        <translation>Saved to your watchlist.</translation>
    </message>
    <message>
        <source>Removed from your watchlist.</source>
        <translation>Removed from your watchlist.</translation>
    </message>
    <message>
        <source>Purchase updated.</source>
        <translation>Purchase updated.</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>Starts soon</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Waiting for the farmer</source>
        <translation>Waiting for the farmer</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Not sold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>You lead</source>
        <translation>You lead</translation>
    </message>
    <message>
        <source>Outbid</source>
        <translation>Outbid</translation>
    </message>
    <message>
        <source>Sealed bid placed</source>
        <translation>Sealed bid placed</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
</context>
<context>
    <name>UserDelegate</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Banned: %1</source>
        <translation>Banned: %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation>Unverify</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Unban</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Ban…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name, phone or email</source>
        <translation>Name, phone or email</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Banned or not</source>
        <translation>Banned or not</translation>
    </message>
    <message>
        <source>Banned only</source>
        <translation>Banned only</translation>
    </message>
    <message>
        <source>Not banned</source>
        <translation>Not banned</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Ban %1</translation>
    </message>
    <message>
        <source>Why is this account banned? All its sessions end at once.</source>
        <translation>Why is this account banned? All its sessions end at once.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Ban</translation>
    </message>
</context>
<context>
    <name>WatchlistPage</name>
    <message>
        <source>Nothing saved yet. Open a listing and press Save.</source>
        <translation>Nothing saved yet. Open a listing and press Save.</translation>
    </message>
</context>
<context>
    <name>WonPage</name>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Lot %1 · %2 at %3</source>
        <translation>Lot %1 · %2 at %3</translation>
    </message>
    <message>
        <source>Total %1 · %2</source>
        <translation>Total %1 · %2</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>No purchases yet.</translation>
    </message>
</context>
</TS>
