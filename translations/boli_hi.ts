<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdminArea</name>
    <message>
        <source>Farmer</source>
        <translation>किसान</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>व्यापारी</translation>
    </message>
    <message>
        <source>Business seller</source>
        <translation>व्यापारिक विक्रेता</translation>
    </message>
    <message>
        <source>Field agent</source>
        <translation>फ़ील्ड एजेंट</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Give a reason: the person concerned will read it.</source>
        <translation>कारण लिखें: जिससे जुड़ा मामला है, वह इसे पढ़ेगा।</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>कारण %1 अक्षरों से छोटा रखें।</translation>
    </message>
    <message>
        <source>Listing %1 approved.</source>
        <translation>लॉट %1 मंज़ूर हो गया।</translation>
    </message>
    <message>
        <source>Listing %1 rejected.</source>
        <translation>लॉट %1 अस्वीकार कर दिया गया।</translation>
    </message>
    <message>
        <source>The account is banned and its sessions have ended.</source>
        <translation>खाते पर रोक लगा दी गई है और उसके सभी सेशन बंद हो गए हैं।</translation>
    </message>
    <message>
        <source>The account is unbanned.</source>
        <translation>खाते से रोक हटा दी गई है।</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>सूची में से एक भूमिका चुनें।</translation>
    </message>
    <message>
        <source>The role is now %1.</source>
        <translation>अब भूमिका %1 है।</translation>
    </message>
    <message>
        <source>The account is verified.</source>
        <translation>खाता सत्यापित हो गया है।</translation>
    </message>
    <message>
        <source>The account is no longer verified.</source>
        <translation>खाता अब सत्यापित नहीं है।</translation>
    </message>
    <message>
        <source>The account is created.</source>
        <translation>खाता बन गया है।</translation>
    </message>
</context>
<context>
    <name>AdminOverview</name>
    <message>
        <source>Market overview</source>
        <translation>बाज़ार का हाल</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 को अपडेट हुआ</translation>
    </message>
    <message>
        <source>Live auctions</source>
        <translation>चालू नीलामियाँ</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>जाँच बाकी</translation>
    </message>
    <message>
        <source>Lots on the live feed</source>
        <translation>चालू सूची में लॉट</translation>
    </message>
    <message>
        <source>Bids on the live lots</source>
        <translation>चालू लॉट पर बोलियाँ</translation>
    </message>
    <message>
        <source>Listings past review</source>
        <translation>जाँच से पास हुए लॉट</translation>
    </message>
    <message>
        <source>Bids placed</source>
        <translation>लगाई गई बोलियाँ</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>बोली लगाने वाले व्यापारी</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिक गया</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Sold of closed auctions</source>
        <translation>बंद नीलामियों में से बिके</translation>
    </message>
    <message>
        <source>Bids per closed auction</source>
        <translation>हर बंद नीलामी पर बोलियाँ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
</context>
<context>
    <name>AdminShell</name>
    <message>
        <source>Boli admin</source>
        <translation>बोली एडमिन</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>%1 के रूप में लॉग इन</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Moderation (%1)</source>
        <translation>जाँच (%1)</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Settings and flags</source>
        <translation>सेटिंग्स और फ़्लैग</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>विश्लेषण</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>विश्लेषण</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>वर्ष-माह-दिन (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <source>Closed auctions</source>
        <translation>बंद नीलामियाँ</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिक गया</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>बिक्री दर</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बोलियाँ</translation>
    </message>
    <message>
        <source>Bids per auction</source>
        <translation>हर नीलामी पर बोलियाँ</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>बोली लगाने वाले व्यापारी</translation>
    </message>
    <message>
        <source>Watchlist entries</source>
        <translation>पसंदीदा सूची में जोड़े गए</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>बार देखा गया</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>कुल बिक्री राशि</translation>
    </message>
    <message>
        <source>Final prices against the mandi</source>
        <translation>अंतिम भाव, मंडी भाव की तुलना में</translation>
    </message>
    <message>
        <source>Uplift over the mandi price, by day</source>
        <translation>मंडी भाव से बढ़त, दिन के हिसाब से</translation>
    </message>
    <message>
        <source>% above the mandi</source>
        <translation>मंडी भाव से % ऊपर</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>बढ़त</translation>
    </message>
    <message>
        <source>No sale with a mandi price in this range.</source>
        <translation>इन दिनों में मंडी भाव वाली कोई बिक्री नहीं हुई।</translation>
    </message>
    <message>
        <source>Bids and success rate, by day</source>
        <translation>बोलियाँ और बिक्री दर, दिन के हिसाब से</translation>
    </message>
    <message>
        <source>Success rate, %</source>
        <translation>बिक्री दर, %</translation>
    </message>
    <message>
        <source>No auction closed in this range.</source>
        <translation>इन दिनों में कोई नीलामी बंद नहीं हुई।</translation>
    </message>
    <message>
        <source>By crop</source>
        <translation>फ़सल के हिसाब से</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>फ़सल</translation>
    </message>
    <message>
        <source>By mandi</source>
        <translation>मंडी के हिसाब से</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>मंडी</translation>
    </message>
</context>
<context>
    <name>AnalyticsTable</name>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिके</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बोलियाँ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>बिक्री राशि</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>बढ़त</translation>
    </message>
    <message>
        <source>Nothing closed in this range.</source>
        <translation>इन दिनों में कुछ बंद नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>The actor is a user id, a whole number like 4.</source>
        <translation>करने वाला एक यूज़र आईडी है, 4 जैसी पूरी संख्या।</translation>
    </message>
    <message>
        <source>Type dates like 2026-11-21, or 2026-11-21 14:30.</source>
        <translation>तारीख ऐसे लिखें: 2026-11-21, या 2026-11-21 14:30।</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>समय सीमा का अंत उसकी शुरुआत के बाद होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Actor (user id)</source>
        <translation>करने वाला (यूज़र आईडी)</translation>
    </message>
    <message>
        <source>Action, e.g. admin.</source>
        <translation>काम, जैसे admin.</translation>
    </message>
    <message>
        <source>Target, e.g. user:4</source>
        <translation>किस पर, जैसे user:4</translation>
    </message>
    <message>
        <source>From 2026-11-21</source>
        <translation>से 2026-11-21</translation>
    </message>
    <message>
        <source>To 2026-11-21</source>
        <translation>तक 2026-11-21</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
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
        <translation>%3 में से %1–%2</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>नए</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>पुराने</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>फ़सल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>मंडी</translation>
    </message>
    <message>
        <source>Min ₹/quintal</source>
        <translation>कम से कम ₹/क्विंटल</translation>
    </message>
    <message>
        <source>Max ₹/quintal</source>
        <translation>ज़्यादा से ज़्यादा ₹/क्विंटल</translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation>खत्म होने का समय: कभी भी</translation>
    </message>
    <message>
        <source>Ending within 15 min</source>
        <translation>15 मिनट में खत्म</translation>
    </message>
    <message>
        <source>Ending within 1 hour</source>
        <translation>1 घंटे में खत्म</translation>
    </message>
    <message>
        <source>Ending within 4 hours</source>
        <translation>4 घंटे में खत्म</translation>
    </message>
    <message>
        <source>Ending within 1 day</source>
        <translation>1 दिन में खत्म</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>इतने समय में खत्म</translation>
    </message>
    <message>
        <source>Ending soonest</source>
        <translation>सबसे पहले खत्म होने वाले</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>सबसे नए</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>भाव: कम से ज़्यादा</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>भाव: ज़्यादा से कम</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Could not load the listings. Showing the last ones seen.</source>
        <translation>लॉट लोड नहीं हो सके। पिछली बार देखे गए लॉट दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <source>No live listings match these filters.</source>
        <translation>इन फ़िल्टरों से कोई चालू लॉट नहीं मिला।</translation>
    </message>
</context>
<context>
    <name>ClientApp</name>
    <message>
        <source>Admin mode needs an admin account.</source>
        <translation>एडमिन मोड के लिए एडमिन खाता चाहिए।</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>सर्वर से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <source>Offline: showing saved data. Changes will be sent when the connection is back.</source>
        <translation>ऑफ़लाइन: सहेजा हुआ डेटा दिख रहा है। कनेक्शन वापस आने पर बदलाव भेज दिए जाएँगे।</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New account</source>
        <translation>नया खाता</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>PIN (4–6 digits)</source>
        <translation>पिन (4–6 अंक)</translation>
    </message>
    <message>
        <source>Password (8+ characters)</source>
        <translation>पासवर्ड (8 या ज़्यादा अक्षर)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>बनाएँ</translation>
    </message>
</context>
<context>
    <name>CropCatalog</name>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>All crops</source>
        <translation>सभी फ़सलें</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1 दबाएँ</translation>
    </message>
    <message>
        <source>Boli</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>देखें</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>पसंदीदा सूची</translation>
    </message>
    <message>
        <source>My bids</source>
        <translation>मेरी बोलियाँ</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>जीते हुए</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>सूचनाएँ (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This app and the server do not understand each other. Please update the app.</source>
        <translation>यह ऐप और सर्वर एक-दूसरे को नहीं समझ पा रहे। कृपया ऐप अपडेट करें।</translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation>कृपया सभी ज़रूरी खाने भरें।</translation>
    </message>
    <message>
        <source>One of the values is not valid. Please check and try again.</source>
        <translation>कोई एक जानकारी सही नहीं है। कृपया जाँचकर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>कृपया पहले लॉग इन करें।</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>आपको यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Wrong phone, email, PIN or password.</source>
        <translation>फ़ोन, ईमेल, पिन या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>Too many wrong attempts. The account is locked for a while.</source>
        <translation>बहुत बार गलत कोशिश हुई। खाता कुछ देर के लिए बंद कर दिया गया है।</translation>
    </message>
    <message>
        <source>This account has been blocked. Please contact the mandi office.</source>
        <translation>इस खाते पर रोक लगी है। कृपया मंडी दफ़्तर से संपर्क करें।</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>अपने ऑथेंटिकेटर ऐप से 6 अंकों का कोड डालें।</translation>
    </message>
    <message>
        <source>The 6-digit code is wrong or has expired.</source>
        <translation>6 अंकों का कोड गलत है या उसका समय खत्म हो गया है।</translation>
    </message>
    <message>
        <source>Admins must set up two-factor authentication first.</source>
        <translation>एडमिन को पहले दो-चरण वाली पहचान (टू-फ़ैक्टर) चालू करनी होगी।</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>आपका सेशन खत्म हो गया है। कृपया फिर से लॉग इन करें।</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>बहुत ज़्यादा कोशिशें हुईं। कृपया एक मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>नहीं मिला। शायद इसे हटा दिया गया है।</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>यह पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation>सर्वर में दिक्कत आई। कुछ नहीं बदला; कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This auction is not open for bids.</source>
        <translation>यह नीलामी बोली के लिए खुली नहीं है।</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>यह नीलामी खत्म हो गई है।</translation>
    </message>
    <message>
        <source>Your bid is below the minimum. Someone may have bid before you.</source>
        <translation>आपकी बोली न्यूनतम से कम है। हो सकता है किसी ने आपसे पहले बोली लगा दी हो।</translation>
    </message>
    <message>
        <source>You cannot bid on your own listing.</source>
        <translation>आप अपने ही लॉट पर बोली नहीं लगा सकते।</translation>
    </message>
    <message>
        <source>Buy Now is no longer available for this listing.</source>
        <translation>इस लॉट पर अब "अभी खरीदें" उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Automatic (proxy) bidding is switched off.</source>
        <translation>अपने-आप बोली बंद है।</translation>
    </message>
    <message>
        <source>This cannot be done in the listing's current state.</source>
        <translation>लॉट की मौजूदा स्थिति में यह नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>This listing already has bids and cannot be changed.</source>
        <translation>इस लॉट पर बोलियाँ लग चुकी हैं, इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Your account must be verified by the mandi office first.</source>
        <translation>पहले मंडी दफ़्तर से आपके खाते का सत्यापन होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>उसी समय किसी और ने इसे बदल दिया। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>No connection to the server. Please try again when online.</source>
        <translation>सर्वर से कनेक्शन नहीं है। ऑनलाइन होने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>सर्वर ने समय पर जवाब नहीं दिया। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>कुछ गड़बड़ हो गई।</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1/quintal</source>
        <translation>%1/क्विंटल</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 किलो</translation>
    </message>
</context>
<context>
    <name>IncrementTable</name>
    <message>
        <source>From price (₹/quintal)</source>
        <translation>भाव से (₹/क्विंटल)</translation>
    </message>
    <message>
        <source>Raise by at least (₹)</source>
        <translation>कम से कम इतना बढ़ाएँ (₹)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>दायरा जोड़ें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पहले जैसा करें</translation>
    </message>
</context>
<context>
    <name>IncrementsEditor</name>
    <message>
        <source>Band %1: type both amounts in rupees, like 1,000 or 25.50.</source>
        <translation>दायरा %1: दोनों रकम रुपये में लिखें, जैसे 1,000 या 25.50।</translation>
    </message>
    <message>
        <source>Keep at least one band.</source>
        <translation>कम से कम एक दायरा रखें।</translation>
    </message>
</context>
<context>
    <name>KioskAgentRegister</name>
    <message>
        <source>Register a farmer</source>
        <translation>किसान का पंजीकरण करें</translation>
    </message>
    <message>
        <source>Farmer's name</source>
        <translation>किसान का नाम</translation>
    </message>
    <message>
        <source>Farmer's mobile number</source>
        <translation>किसान का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>PIN the farmer chooses (4 to 6 digits)</source>
        <translation>किसान का चुना हुआ पिन (4 से 6 अंक)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>पंजीकरण करें</translation>
    </message>
    <message>
        <source>Sell a crop for %1</source>
        <translation>%1 के लिए फ़सल बेचें</translation>
    </message>
</context>
<context>
    <name>KioskArea</name>
    <message>
        <source>Register the farmer first: a field agent lists for a farmer.</source>
        <translation>पहले किसान का पंजीकरण करें: फ़ील्ड एजेंट किसी किसान की ओर से ही लॉट डालता है।</translation>
    </message>
    <message>
        <source>Sold to the highest bidder.</source>
        <translation>सबसे ऊँची बोली वाले को बिक गया।</translation>
    </message>
    <message>
        <source>Rejected by the farmer at the kiosk</source>
        <translation>किसान ने कियोस्क पर अस्वीकार किया</translation>
    </message>
    <message>
        <source>Sale confirmed.</source>
        <translation>बिक्री पक्की हो गई।</translation>
    </message>
    <message>
        <source>Bid rejected: the lot is not sold.</source>
        <translation>बोली अस्वीकार: लॉट नहीं बिका।</translation>
    </message>
    <message>
        <source>Listing withdrawn.</source>
        <translation>लॉट वापस ले लिया गया।</translation>
    </message>
    <message>
        <source>Sale updated.</source>
        <translation>बिक्री अपडेट हो गई।</translation>
    </message>
    <message>
        <source>%1 is registered. You can now list for them.</source>
        <translation>%1 का पंजीकरण हो गया। अब आप उनकी ओर से लॉट डाल सकते हैं।</translation>
    </message>
    <message>
        <source>= %1 quintal</source>
        <translation>= %1 क्विंटल</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 घंटा</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>1 bid</source>
        <translation>1 बोली</translation>
    </message>
    <message>
        <source>%1 bids</source>
        <translation>%1 बोलियाँ</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>मंज़ूरी का इंतज़ार</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>जल्द शुरू होगी</translation>
    </message>
    <message>
        <source>Bidding open</source>
        <translation>बोली चालू है</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>आपके फ़ैसले का इंतज़ार</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिक गया</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Sale pending</source>
        <translation>बिक्री बाकी</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पक्का</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हो गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचा दिया</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>विवाद में</translation>
    </message>
</context>
<context>
    <name>KioskCropGrid</name>
    <message>
        <source>Which crop are you selling?</source>
        <translation>आप कौन-सी फ़सल बेच रहे हैं?</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Namaste, %1</source>
        <translation>नमस्ते, %1</translation>
    </message>
    <message>
        <source>Listing for the farmer %1</source>
        <translation>किसान %1 के लिए लॉट</translation>
    </message>
    <message>
        <source>Register a farmer first, then list their crop.</source>
        <translation>पहले किसान का पंजीकरण करें, फिर उसकी फ़सल का लॉट डालें।</translation>
    </message>
    <message>
        <source>Register a farmer</source>
        <translation>किसान का पंजीकरण करें</translation>
    </message>
    <message>
        <source>Sell a crop</source>
        <translation>फ़सल बेचें</translation>
    </message>
    <message>
        <source>My listings and bids</source>
        <translation>मेरे लॉट और बोलियाँ</translation>
    </message>
    <message>
        <source>My sales</source>
        <translation>मेरी बिक्री</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>काम पूरा करें और लॉग आउट करें</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>मेरे नतीजे</translation>
    </message>
</context>
<context>
    <name>KioskListingCard</name>
    <message>
        <source>Starts at %1</source>
        <translation>शुरुआती भाव %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>%1 में खत्म</translation>
    </message>
    <message>
        <source>Accept the highest bid</source>
        <translation>सबसे ऊँची बोली मंज़ूर करें</translation>
    </message>
    <message>
        <source>Confirm the sale at %1</source>
        <translation>%1 पर बिक्री पक्की करें</translation>
    </message>
    <message>
        <source>Do not sell</source>
        <translation>न बेचें</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>वापस लें</translation>
    </message>
</context>
<context>
    <name>KioskListingForm</name>
    <message>
        <source>Selling: %1</source>
        <translation>बेच रहे हैं: %1</translation>
    </message>
    <message>
        <source>Change crop</source>
        <translation>फ़सल बदलें</translation>
    </message>
    <message>
        <source>For the farmer %1</source>
        <translation>किसान %1 के लिए</translation>
    </message>
    <message>
        <source>Quantity (kg)</source>
        <translation>मात्रा (किलो)</translation>
    </message>
    <message>
        <source>Starting price (₹ per quintal)</source>
        <translation>शुरुआती भाव (₹ प्रति क्विंटल)</translation>
    </message>
    <message>
        <source>Mandi price: %1 (%2 – %3)</source>
        <translation>मंडी भाव: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Today's mandi price: %1</source>
        <translation>आज का मंडी भाव: %1</translation>
    </message>
    <message>
        <source>Auction runs for</source>
        <translation>नीलामी कितनी देर चलेगी</translation>
    </message>
    <message>
        <source>Mandi</source>
        <translation>मंडी</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेज रहे हैं…</translation>
    </message>
    <message>
        <source>Put up for auction</source>
        <translation>नीलामी में डालें</translation>
    </message>
    <message>
        <source>Your %1 is listed (number %2). Traders will see it once it is open for bids.</source>
        <translation>आपकी फ़सल %1 नीलामी के लिए डाल दी गई (नंबर %2)। बोली खुलते ही व्यापारी इसे देख सकेंगे।</translation>
    </message>
    <message>
        <source>No connection right now. Your listing is saved and will be sent automatically.</source>
        <translation>अभी कनेक्शन नहीं है। आपका लॉट सहेज लिया गया है और अपने-आप भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>The listing was not accepted: %1</source>
        <translation>लॉट मंज़ूर नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Change and try again</source>
        <translation>बदलकर फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>See my listings</source>
        <translation>मेरे लॉट देखें</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>शुरुआत पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Suggested starting price: %1 – %2</source>
        <translation>सुझाया गया शुरुआती भाव: %1 – %2</translation>
    </message>
</context>
<context>
    <name>KioskLogin</name>
    <message>
        <source>Field agent login</source>
        <translation>फ़ील्ड एजेंट लॉग इन</translation>
    </message>
    <message>
        <source>Log in with your phone number and PIN</source>
        <translation>अपने फ़ोन नंबर और पिन से लॉग इन करें</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>PIN (4 to 6 digits)</source>
        <translation>पिन (4 से 6 अंक)</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>लॉग इन हो रहा है…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
</context>
<context>
    <name>KioskMyListings</name>
    <message>
        <source>My listings</source>
        <translation>मेरे लॉट</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>You have no listings yet.</source>
        <translation>अभी आपका कोई लॉट नहीं है।</translation>
    </message>
    <message>
        <source>Sell now?</source>
        <translation>अभी बेचें?</translation>
    </message>
    <message>
        <source>Sell to the highest bidder at %1? You receive %2.</source>
        <translation>सबसे ऊँची बोली लगाने वाले को %1 पर बेचें? आपको %2 मिलेंगे।</translation>
    </message>
</context>
<context>
    <name>KioskPhotos</name>
    <message>
        <source>Photos (optional, up to 3)</source>
        <translation>फ़ोटो (चाहें तो, 3 तक)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>अपलोड हो रहा है…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Choose a photo of the lot</source>
        <translation>लॉट की फ़ोटो चुनें</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>फ़ोटो (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>My results</source>
        <translation>मेरे नतीजे</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिक गए</translation>
    </message>
    <message>
        <source>Sold of closed auctions</source>
        <translation>बंद नीलामियों में से बिके</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बोलियाँ</translation>
    </message>
    <message>
        <source>Traders who bid</source>
        <translation>बोली लगाने वाले व्यापारी</translation>
    </message>
    <message>
        <source>Traders watching</source>
        <translation>नज़र रखने वाले व्यापारी</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>बार देखा गया</translation>
    </message>
    <message>
        <source>Money from sales</source>
        <translation>बिक्री से कमाई</translation>
    </message>
    <message>
        <source>Price compared with the mandi</source>
        <translation>मंडी भाव की तुलना में भाव</translation>
    </message>
    <message>
        <source>Above or below the mandi price, by sale date</source>
        <translation>मंडी भाव से ऊपर या नीचे, बिक्री की तारीख़ के हिसाब से</translation>
    </message>
    <message>
        <source>% above the mandi price</source>
        <translation>मंडी भाव से % ऊपर</translation>
    </message>
    <message>
        <source>No sale to compare with the mandi price yet.</source>
        <translation>मंडी भाव से तुलना के लिए अभी कोई बिक्री नहीं है।</translation>
    </message>
    <message>
        <source>Each listing</source>
        <translation>हर लॉट</translation>
    </message>
    <message>
        <source>Number %1 · %2 · %3</source>
        <translation>नंबर %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Sold at %1</source>
        <translation>%1 पर बिका</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Mandi that day: %1</source>
        <translation>उस दिन मंडी भाव: %1</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>देखा गया: %1 बार</translation>
    </message>
</context>
<context>
    <name>KioskSales</name>
    <message>
        <source>My sales</source>
        <translation>मेरी बिक्री</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>अभी कोई बिक्री नहीं हुई।</translation>
    </message>
    <message>
        <source>Listing %1 · %2 at %3</source>
        <translation>लॉट %1 · %2, %3 पर</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>दर्ज करें: %1</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>समस्या बताएँ</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ वापस</translation>
    </message>
    <message>
        <source>Boli mandi kiosk · %1</source>
        <translation>बोली मंडी कियोस्क · %1</translation>
    </message>
    <message>
        <source>Boli mandi kiosk</source>
        <translation>बोली मंडी कियोस्क</translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>Boli — sell your crop at the best price</source>
        <translation>बोली — अपनी फ़सल सबसे अच्छे भाव पर बेचें</translation>
    </message>
    <message>
        <source>Traders across India bid live for your produce. Touch the button to begin.</source>
        <translation>पूरे भारत के व्यापारी आपकी उपज पर चालू बोली लगाते हैं। शुरू करने के लिए बटन दबाएँ।</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Field agent login</source>
        <translation>फ़ील्ड एजेंट लॉग इन</translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>Switch language</source>
        <translation>भाषा बदलें</translation>
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
        <translation>बंद बोलियाँ</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>शुरुआती भाव %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) · ends in %1</source>
        <translation>
            <numerusform>%n बोली · %1 में खत्म</numerusform>
            <numerusform>%n बोली · %1 में खत्म</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingDetail</name>
    <message>
        <source>You won this lot at %1</source>
        <translation>आपने यह लॉट %1 पर जीता</translation>
    </message>
    <message>
        <source>Sold to another bidder at %1</source>
        <translation>दूसरे व्यापारी को %1 पर बिक गया</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>You lead at %1: waiting for the farmer's confirmation</source>
        <translation>%1 पर आपकी बोली सबसे ऊँची है: किसान की मंज़ूरी का इंतज़ार</translation>
    </message>
    <message>
        <source>Waiting for the farmer's confirmation</source>
        <translation>किसान की मंज़ूरी का इंतज़ार</translation>
    </message>
    <message>
        <source>Type the amount in rupees, for example 4650.</source>
        <translation>रकम रुपये में लिखें, जैसे 4650।</translation>
    </message>
    <message>
        <source>Type your maximum in rupees, for example 5000.</source>
        <translation>अपनी अधिकतम बोली रुपये में लिखें, जैसे 5000।</translation>
    </message>
    <message>
        <source>The lowest bid now is %1.</source>
        <translation>अभी सबसे कम बोली %1 है।</translation>
    </message>
    <message>
        <source>Bid placed, but another bidder's maximum is higher: the price is now %1.</source>
        <translation>बोली लग गई, पर किसी और की अधिकतम बोली ज़्यादा है: अब भाव %1 है।</translation>
    </message>
    <message>
        <source>Your maximum of %1 is set. You lead at %2.</source>
        <translation>आपकी अधिकतम बोली %1 तय हो गई। %2 पर आपकी बोली सबसे ऊँची है।</translation>
    </message>
    <message>
        <source>Bid placed. You lead at %1.</source>
        <translation>बोली लग गई। %1 पर आपकी बोली सबसे ऊँची है।</translation>
    </message>
    <message>
        <source>You bought this lot for %1.</source>
        <translation>आपने यह लॉट %1 में खरीदा।</translation>
    </message>
</context>
<context>
    <name>ListingDetailPage</name>
    <message>
        <source>← Back</source>
        <translation>← वापस</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ पसंदीदा में है</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ पसंदीदा में रखें</translation>
    </message>
    <message>
        <source>Lot %1 · %2 · %3, %4, %5</source>
        <translation>लॉट %1 · %2 · %3, %4, %5</translation>
    </message>
    <message>
        <source>Current price</source>
        <translation>मौजूदा भाव</translation>
    </message>
    <message>
        <source>Sealed bids</source>
        <translation>बंद बोलियाँ</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>शुरुआती भाव %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>बाकी समय</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>सबसे आगे</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>आप (%1)</translation>
    </message>
    <message>
        <source>No bids yet</source>
        <translation>अभी कोई बोली नहीं</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>न्यूनतम आरक्षित भाव</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>कोई न्यूनतम आरक्षित भाव नहीं</translation>
    </message>
    <message>
        <source>Reserve met</source>
        <translation>न्यूनतम आरक्षित भाव पूरा हुआ</translation>
    </message>
    <message>
        <source>Reserve not met yet</source>
        <translation>न्यूनतम आरक्षित भाव अभी पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Bid history</source>
        <translation>बोलियों का इतिहास</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>अपने-आप</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>अभी खरीदें</translation>
    </message>
    <message>
        <source>Sealed bids are shown after the close.</source>
        <translation>बंद बोलियाँ नीलामी खत्म होने के बाद दिखेंगी।</translation>
    </message>
    <message>
        <source>Your bid (₹ per quintal)</source>
        <translation>आपकी बोली (₹ प्रति क्विंटल)</translation>
    </message>
    <message>
        <source>Lowest bid now: %1</source>
        <translation>अभी सबसे कम बोली: %1</translation>
    </message>
    <message>
        <source>Amount in ₹</source>
        <translation>रकम ₹ में</translation>
    </message>
    <message>
        <source>Your bid in rupees per quintal</source>
        <translation>आपकी बोली, रुपये प्रति क्विंटल</translation>
    </message>
    <message>
        <source>Place bid</source>
        <translation>बोली लगाएँ</translation>
    </message>
    <message>
        <source>Proxy maximum: we bid for you, step by step, up to this amount.</source>
        <translation>अपने-आप बोली: इस रकम तक हम आपके लिए एक-एक कदम बोली लगाएँगे।</translation>
    </message>
    <message>
        <source>Your maximum in ₹</source>
        <translation>आपकी अधिकतम बोली ₹ में</translation>
    </message>
    <message>
        <source>Proxy maximum in rupees per quintal</source>
        <translation>अधिकतम बोली, रुपये प्रति क्विंटल</translation>
    </message>
    <message>
        <source>Set maximum</source>
        <translation>अधिकतम बोली तय करें</translation>
    </message>
    <message>
        <source>Buy Now at %1</source>
        <translation>%1 पर अभी खरीदें</translation>
    </message>
    <message>
        <source>Buy the whole lot now?</source>
        <translation>पूरा लॉट अभी खरीदें?</translation>
    </message>
    <message>
        <source>%1 at %2.
Total to pay: %3</source>
        <translation>%1, %2 पर।
कुल भुगतान: %3</translation>
    </message>
</context>
<context>
    <name>ListingDraft</name>
    <message>
        <source>Choose the crop first.</source>
        <translation>पहले फ़सल चुनें।</translation>
    </message>
    <message>
        <source>Enter the quantity in kg (1 to 1,00,00,000).</source>
        <translation>मात्रा किलो में लिखें (1 से 1,00,00,000 तक)।</translation>
    </message>
    <message>
        <source>Enter the starting price in rupees per quintal (up to ₹10,00,000).</source>
        <translation>शुरुआती भाव रुपये प्रति क्विंटल में लिखें (₹10,00,000 तक)।</translation>
    </message>
    <message>
        <source>Choose how long the auction runs.</source>
        <translation>चुनें कि नीलामी कितनी देर चलेगी।</translation>
    </message>
    <message>
        <source>Enter the mandi, district and state (up to 80 letters each).</source>
        <translation>मंडी, ज़िला और राज्य लिखें (हर एक 80 अक्षर तक)।</translation>
    </message>
    <message>
        <source>At most 3 photos.</source>
        <translation>ज़्यादा से ज़्यादा 3 फ़ोटो।</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <source>Please log in again: the listing could not be saved.</source>
        <translation>कृपया फिर से लॉग इन करें: लॉट सेव नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Boli admin</source>
        <translation>बोली एडमिन</translation>
    </message>
    <message>
        <source>Boli — live crop auctions</source>
        <translation>बोली — फ़सलों की चालू नीलामी</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>फ़ोन या ईमेल</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>6-digit code (two-factor)</source>
        <translation>6 अंकों का कोड (दो-चरण लॉग इन)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Boli admin</source>
        <translation>बोली एडमिन</translation>
    </message>
    <message>
        <source>Boli</source>
        <translation>बोली</translation>
    </message>
</context>
<context>
    <name>MarketAnalytics</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2 तक</translation>
    </message>
    <message>
        <source>Enter both dates as year-month-day, for example 2026-11-01.</source>
        <translation>दोनों तारीख़ें वर्ष-माह-दिन में लिखें, जैसे 2026-11-01।</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>पहला दिन आख़िरी दिन के बाद का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Choose at most %1 days.</source>
        <translation>ज़्यादा से ज़्यादा %1 दिन चुनें।</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Listings waiting for review</source>
        <translation>जाँच बाकी वाले लॉट</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>जाँच के लिए कुछ बाकी नहीं है।</translation>
    </message>
    <message>
        <source>Reject listing %1</source>
        <translation>लॉट %1 अस्वीकार करें</translation>
    </message>
    <message>
        <source>Why is it rejected? The seller will read this.</source>
        <translation>इसे क्यों अस्वीकार किया? बेचने वाला यह पढ़ेगा।</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
</context>
<context>
    <name>MyBidsPage</name>
    <message>
        <source>lot %1</source>
        <translation>लॉट %1</translation>
    </message>
    <message>
        <source>My bid %1</source>
        <translation>मेरी बोली %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>अधिकतम %1</translation>
    </message>
    <message>
        <source>You have not bid yet.</source>
        <translation>आपने अभी तक बोली नहीं लगाई है।</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>You were outbid on lot %1: the price is now %2.</source>
        <translation>लॉट %1 पर आपसे ऊँची बोली लग गई: अब भाव %2 है।</translation>
    </message>
    <message>
        <source>You won lot %1. Total to pay: %2.</source>
        <translation>आपने लॉट %1 जीता। कुल भुगतान: %2।</translation>
    </message>
    <message>
        <source>Lot %1 ended without you: last price %2.</source>
        <translation>लॉट %1 आपके बिना खत्म हुआ: आखिरी भाव %2।</translation>
    </message>
    <message>
        <source>Lot %1 was cancelled.</source>
        <translation>लॉट %1 रद्द हो गया।</translation>
    </message>
    <message>
        <source>Your lot %1 was sold.</source>
        <translation>आपका लॉट %1 बिक गया।</translation>
    </message>
    <message>
        <source>Your lot %1 was not sold.</source>
        <translation>आपका लॉट %1 नहीं बिका।</translation>
    </message>
    <message>
        <source>Lot %1 needs your confirmation.</source>
        <translation>लॉट %1 के लिए आपकी मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <source>News about lot %1.</source>
        <translation>लॉट %1 के बारे में खबर।</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n बिना पढ़ी</numerusform>
            <numerusform>%n बिना पढ़ी</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>सब पढ़ा हुआ मानें</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>कोई सूचना नहीं।</translation>
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
        <translation>फ़सल %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation>%1, मंडी: %2, %3, %4</translation>
    </message>
    <message>
        <source>Starts at %1 · reserve %2 · Buy Now %3</source>
        <translation>शुरुआती भाव %1 · न्यूनतम आरक्षित भाव %2 · अभी खरीदें %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Seller #%1 · grade %2 · %3 auction · listed %4</source>
        <translation>विक्रेता #%1 · ग्रेड %2 · %3 नीलामी · लॉट डाला %4</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>मंज़ूर करें</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
</context>
<context>
    <name>PhotoUploader</name>
    <message>
        <source>At most 3 photos.</source>
        <translation>ज़्यादा से ज़्यादा 3 फ़ोटो।</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG or WebP photo.</source>
        <translation>JPEG, PNG या WebP फ़ोटो चुनें।</translation>
    </message>
    <message>
        <source>This photo cannot be used (it must be smaller than 5 MB).</source>
        <translation>यह फ़ोटो नहीं चल सकती (यह 5 MB से छोटी होनी चाहिए)।</translation>
    </message>
</context>
<context>
    <name>PriceHistory</name>
    <message>
        <source>Mandi prices</source>
        <translation>मंडी भाव</translation>
    </message>
    <message>
        <source>Mandi prices, %1 – %2</source>
        <translation>मंडी भाव, %1 – %2</translation>
    </message>
    <message>
        <source>At this mandi</source>
        <translation>इसी मंडी में</translation>
    </message>
    <message>
        <source>Mandis in this district</source>
        <translation>इस ज़िले की मंडियों में</translation>
    </message>
    <message>
        <source>Mandis in this state</source>
        <translation>इस राज्य की मंडियों में</translation>
    </message>
    <message>
        <source>Mandis across India</source>
        <translation>पूरे भारत की मंडियों में</translation>
    </message>
    <message>
        <source>Sample figures shipped with Boli, not real prices</source>
        <translation>बोली के साथ आए नमूना आँकड़े, असली भाव नहीं</translation>
    </message>
    <message>
        <source>Source: Agmarknet (data.gov.in)</source>
        <translation>स्रोत: एगमार्कनेट (data.gov.in)</translation>
    </message>
    <message>
        <source>Source: Agmarknet file imported by the admin</source>
        <translation>स्रोत: एडमिन द्वारा लाई गई एगमार्कनेट फ़ाइल</translation>
    </message>
    <message>
        <source>Source: Agmarknet (data.gov.in and imported files)</source>
        <translation>स्रोत: एगमार्कनेट (data.gov.in और लाई गई फ़ाइलें)</translation>
    </message>
    <message>
        <source>No mandi prices are known for this crop yet.</source>
        <translation>इस फ़सल के मंडी भाव अभी पता नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>PriceHistoryChart</name>
    <message>
        <source>₹ per quintal</source>
        <translation>₹ प्रति क्विंटल</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>सबसे ऊँचा</translation>
    </message>
    <message>
        <source>Modal price</source>
        <translation>आम भाव (मॉडल)</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>सबसे कम</translation>
    </message>
    <message>
        <source>Loading mandi prices…</source>
        <translation>मंडी भाव लोड हो रहे हैं…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>SettingCatalog</name>
    <message>
        <source>Review new listings</source>
        <translation>नए लॉट की जाँच</translation>
    </message>
    <message>
        <source>New listings wait for an admin to approve them.</source>
        <translation>नए लॉट तब तक रुके रहते हैं जब तक एडमिन उन्हें मंज़ूर न करे।</translation>
    </message>
    <message>
        <source>Seller verification</source>
        <translation>विक्रेता की पुष्टि</translation>
    </message>
    <message>
        <source>Only verified sellers may list produce.</source>
        <translation>सिर्फ़ पुष्टि किए गए विक्रेता ही उपज बेच सकते हैं।</translation>
    </message>
    <message>
        <source>Trader KYC</source>
        <translation>व्यापारी KYC</translation>
    </message>
    <message>
        <source>Only verified traders may bid.</source>
        <translation>सिर्फ़ पुष्टि किए गए व्यापारी ही बोली लगा सकते हैं।</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>जमा राशि</translation>
    </message>
    <message>
        <source>Reserved: traders will need a deposit to bid (not enforced yet).</source>
        <translation>आगे के लिए: बोली लगाने के लिए व्यापारियों को जमा राशि देनी होगी (अभी लागू नहीं)।</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>अभी खरीदें</translation>
    </message>
    <message>
        <source>Sellers may offer a fixed Buy Now price.</source>
        <translation>विक्रेता तय "अभी खरीदें" भाव दे सकते हैं।</translation>
    </message>
    <message>
        <source>Proxy bidding</source>
        <translation>अपने-आप बोली</translation>
    </message>
    <message>
        <source>Traders may set a maximum and let the server bid for them.</source>
        <translation>व्यापारी अधिकतम बोली तय कर सकते हैं और सर्वर उनके लिए बोली लगाएगा।</translation>
    </message>
    <message>
        <source>Two-factor login for admins</source>
        <translation>एडमिन के लिए दो-चरण लॉग इन</translation>
    </message>
    <message>
        <source>Admins must log in with a 6-digit code. Set up your own code before switching it on.</source>
        <translation>एडमिन को 6 अंकों के कोड से लॉग इन करना होगा। इसे चालू करने से पहले अपना कोड सेट करें।</translation>
    </message>
    <message>
        <source>Anti-sniping extension</source>
        <translation>आखिरी पल की बोली पर समय बढ़ाना</translation>
    </message>
    <message>
        <source>Seconds, 0 to 600. A bid this close to the end moves the end this far out; 0 switches it off.</source>
        <translation>सेकंड, 0 से 600। खत्म होने के इतने करीब बोली लगे तो खत्म होने का समय इतना आगे बढ़ जाता है; 0 से यह बंद हो जाता है।</translation>
    </message>
    <message>
        <source>Anti-sniping limit per auction</source>
        <translation>हर नीलामी में समय बढ़ाने की सीमा</translation>
    </message>
    <message>
        <source>Seconds, 0 to 86400. The most one auction may be extended in total; 0 means no limit.</source>
        <translation>सेकंड, 0 से 86400। एक नीलामी का समय कुल मिलाकर ज़्यादा से ज़्यादा इतना बढ़ सकता है; 0 का मतलब कोई सीमा नहीं।</translation>
    </message>
    <message>
        <source>Seller confirmation window</source>
        <translation>विक्रेता की मंज़ूरी का समय</translation>
    </message>
    <message>
        <source>Minutes, 0 to 1440, a farmer has to accept the winning bid; 0 sells at once.</source>
        <translation>मिनट, 0 से 1440, जितने समय में किसान को जीतने वाली बोली मंज़ूर करनी है; 0 पर तुरंत बिक जाता है।</translation>
    </message>
    <message>
        <source>Bid increments</source>
        <translation>बोली की बढ़त</translation>
    </message>
    <message>
        <source>Smallest raise per quintal by price band. The first band starts at ₹0, bands rise, each step is at least 1 paisa.</source>
        <translation>भाव के दायरे के हिसाब से प्रति क्विंटल सबसे छोटी बढ़त। पहला दायरा ₹0 से शुरू होता है, दायरे बढ़ते जाते हैं, हर बढ़त कम से कम 1 पैसा है।</translation>
    </message>
    <message>
        <source>Auction durations</source>
        <translation>नीलामी की अवधि</translation>
    </message>
    <message>
        <source>Minutes a seller may choose, separated by commas; each 1 to 10080, no repeats.</source>
        <translation>विक्रेता जितने मिनट चुन सकते हैं, कॉमा से अलग करके; हर एक 1 से 10080, कोई दोहराव नहीं।</translation>
    </message>
</context>
<context>
    <name>SettingDelegate</name>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>वापस लें</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>from %1: +%2</source>
        <translation>%1 से: +%2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Type a whole number, like 30.</source>
        <translation>पूरी संख्या लिखें, जैसे 30।</translation>
    </message>
    <message>
        <source>Type whole minutes separated by commas, like 15, 30, 60.</source>
        <translation>पूरे मिनट कॉमा से अलग करके लिखें, जैसे 15, 30, 60।</translation>
    </message>
    <message>
        <source>The server refused this value. %1</source>
        <translation>सर्वर ने यह मान नहीं माना। %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सेव हो गया: %1</translation>
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
        <translation>सेटिंग्स और फ़ीचर फ़्लैग</translation>
    </message>
</context>
<context>
    <name>TraderArea</name>
    <message>
        <source>lot %1</source>
        <translation>लॉट %1</translation>
    </message>
    <message>
        <source>%1 (lot %2)</source>
        <translation>%1 (लॉट %2)</translation>
    </message>
    <message>
        <source>You were outbid on %1: the price is now %2.</source>
        <translation>%1 पर आपसे ऊँची बोली लग गई: अब भाव %2 है।</translation>
    </message>
    <message>
        <source>Saved to your watchlist.</source>
        <translation>आपकी पसंदीदा सूची में रख दिया।</translation>
    </message>
    <message>
        <source>Removed from your watchlist.</source>
        <translation>आपकी पसंदीदा सूची से हटा दिया।</translation>
    </message>
    <message>
        <source>Purchase updated.</source>
        <translation>खरीद अपडेट हो गई।</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>जाँच बाकी</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>जल्द शुरू होगी</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Waiting for the farmer</source>
        <translation>किसान का इंतज़ार</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिक गया</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>नहीं बिका</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>You lead</source>
        <translation>आप सबसे आगे</translation>
    </message>
    <message>
        <source>Outbid</source>
        <translation>आपसे ऊँची बोली लग गई</translation>
    </message>
    <message>
        <source>Sealed bid placed</source>
        <translation>बंद बोली लगाई</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>जीते</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>हारे</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पक्का</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हो गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>माल पहुँच गया</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>विवाद में</translation>
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
        <translation>रोक लगी: %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>पुष्टि हुई</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation>पुष्टि हटाएँ</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>रोक हटाएँ</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>रोक लगाएँ…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Name, phone or email</source>
        <translation>नाम, फ़ोन या ईमेल</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>कोई भी भूमिका</translation>
    </message>
    <message>
        <source>Banned or not</source>
        <translation>रोक लगी हो या नहीं</translation>
    </message>
    <message>
        <source>Banned only</source>
        <translation>सिर्फ़ रोक वाले</translation>
    </message>
    <message>
        <source>Not banned</source>
        <translation>बिना रोक वाले</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>नया खाता…</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%3 में से %1–%2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 पर रोक लगाएँ</translation>
    </message>
    <message>
        <source>Why is this account banned? All its sessions end at once.</source>
        <translation>इस खाते पर रोक क्यों लगाई? इसके सभी सेशन तुरंत खत्म हो जाएँगे।</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>रोक लगाएँ</translation>
    </message>
</context>
<context>
    <name>WatchlistPage</name>
    <message>
        <source>Nothing saved yet. Open a listing and press Save.</source>
        <translation>अभी कुछ सेव नहीं किया। कोई लॉट खोलें और "पसंदीदा में रखें" दबाएँ।</translation>
    </message>
</context>
<context>
    <name>WonPage</name>
    <message>
        <source>Purchases</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <source>Lot %1 · %2 at %3</source>
        <translation>लॉट %1 · %2, %3 पर</translation>
    </message>
    <message>
        <source>Total %1 · %2</source>
        <translation>कुल %1 · %2</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>दर्ज करें: %1</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>विवाद दर्ज करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>लॉट खोलें</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>अभी कोई खरीद नहीं।</translation>
    </message>
</context>
</TS>
