<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdminShell</name>
    <message>
        <source>Welcome, %1</source>
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
    <name>DesktopShell</name>
    <message>
        <source>Welcome, %1</source>
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
    <name>KioskShell</name>
    <message>
        <source>Welcome, %1</source>
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
    <name>boli::client</name>
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
</TS>
