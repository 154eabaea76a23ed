<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdminArea</name>
    <message>
        <source>Farmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: the person concerned will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is banned and its sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is unbanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is no longer verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminOverview</name>
    <message>
        <source>Market overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live auctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots on the live feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids on the live lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings past review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold of closed auctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids per closed auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminShell</name>
    <message>
        <source>Boli admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>The actor is a user id, a whole number like 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type dates like 2026-11-21, or 2026-11-21 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor (user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, e.g. admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, e.g. user:4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 2026-11-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To 2026-11-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min ₹/quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ₹/quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the listings. Showing the last ones seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live listings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <source>Admin mode needs an admin account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing saved data. Changes will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4–6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (8+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCatalog</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All crops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This app and the server do not understand each other. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the values is not valid. Please check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong phone, email, PIN or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. The account is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been blocked. Please contact the mandi office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins must set up two-factor authentication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This auction is not open for bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bid is below the minimum. Someone may have bid before you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot bid on your own listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now is no longer available for this listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (proxy) bidding is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the listing&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing already has bids and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account must be verified by the mandi office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Please try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1/quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncrementTable</name>
    <message>
        <source>From price (₹/quintal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise by at least (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncrementsEditor</name>
    <message>
        <source>Band %1: type both amounts in rupees, like 1,000 or 25.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one band.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskAgentRegister</name>
    <message>
        <source>Register a farmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN the farmer chooses (4 to 6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a crop for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskArea</name>
    <message>
        <source>Register the farmer first: a field agent lists for a farmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to the highest bidder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the farmer at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid rejected: the lot is not sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered. You can now list for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidding open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskCropGrid</name>
    <message>
        <source>Which crop are you selling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Namaste, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing for the farmer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a farmer first, then list their crop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a farmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My listings and bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskListingCard</name>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the highest bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the sale at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskListingForm</name>
    <message>
        <source>Selling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the farmer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting price (₹ per quintal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandi price: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s mandi price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auction runs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put up for auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 is listed (number %2). Traders will see it once it is open for bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection right now. Your listing is saved and will be sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskLogin</name>
    <message>
        <source>Field agent login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your phone number and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskMyListings</name>
    <message>
        <source>My listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no listings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell to the highest bidder at %1? You receive %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPhotos</name>
    <message>
        <source>Photos (optional, up to 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskSales</name>
    <message>
        <source>My sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 · %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boli mandi kiosk · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boli mandi kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>Boli — sell your crop at the best price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traders across India bid live for your produce. Touch the button to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field agent login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>Switch language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingCard</name>
    <message>
        <source>%1 · %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) · ends in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingDetail</name>
    <message>
        <source>You won this lot at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to another bidder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lead at %1: waiting for the farmer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the farmer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in rupees, for example 4650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your maximum in rupees, for example 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest bid now is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid placed, but another bidder&apos;s maximum is higher: the price is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your maximum of %1 is set. You lead at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid placed. You lead at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You bought this lot for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingDetailPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 · %2 · %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed bids are shown after the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bid (₹ per quintal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest bid now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bid in rupees per quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy maximum: we bid for you, step by step, up to this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your maximum in ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy maximum in rupees per quintal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy the whole lot now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2.
Total to pay: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingDraft</name>
    <message>
        <source>Choose the crop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity in kg (1 to 1,00,00,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the starting price in rupees per quintal (up to ₹10,00,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the auction runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mandi, district and state (up to 80 letters each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3 photos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <source>Please log in again: the listing could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Boli admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boli — live crop auctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code (two-factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Boli admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boli</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Listings waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it rejected? The seller will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBidsPage</name>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not bid yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>You were outbid on lot %1: the price is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You won lot %1. Total to pay: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 ended without you: last price %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lot %1 was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lot %1 was not sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 needs your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News about lot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingDelegate</name>
    <message>
        <source>#%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1 · reserve %2 · Buy Now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller #%1 · grade %2 · %3 auction · listed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoUploader</name>
    <message>
        <source>At most 3 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG or WebP photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be used (it must be smaller than 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingCatalog</name>
    <message>
        <source>Review new listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listings wait for an admin to approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only verified sellers may list produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trader KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only verified traders may bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: traders will need a deposit to bid (not enforced yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers may offer a fixed Buy Now price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy bidding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traders may set a maximum and let the server bid for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login for admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins must log in with a 6-digit code. Set up your own code before switching it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-sniping extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds, 0 to 600. A bid this close to the end moves the end this far out; 0 switches it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-sniping limit per auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds, 0 to 86400. The most one auction may be extended in total; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller confirmation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, 0 to 1440, a farmer has to accept the winning bid; 0 sells at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest raise per quintal by price band. The first band starts at ₹0, bands rise, each step is at least 1 paisa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auction durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a seller may choose, separated by commas; each 1 to 10080, no repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingDelegate</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>from %1: +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number, like 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type whole minutes separated by commas, like 15, 30, 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this value. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings and feature flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraderArea</name>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lot %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were outbid on %1: the price is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the farmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed bid placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDelegate</name>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this account banned? All its sessions end at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchlistPage</name>
    <message>
        <source>Nothing saved yet. Open a listing and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WonPage</name>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 · %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
