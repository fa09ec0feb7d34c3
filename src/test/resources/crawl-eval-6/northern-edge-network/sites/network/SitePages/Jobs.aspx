<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="utf-8">
<title>Jobs</title>
<link rel="canonical" href="https://www.northern-edge-councils.example/sites/network/SitePages/Jobs.aspx">
<link rel="stylesheet" href="/_layouts/15/1033/styles/Themable/corev15.css">
</head>
<body><div id="SuiteNavWrapper" class="o365sx-navbar"><div class="o365cs-base"><span class="o365sx-appName">SharePoint</span><button class="o365sx-button" aria-label="Settings">⚙</button><span class="o365sx-search"><a href="/sites/network/_layouts/15/search.aspx?q=">Search this site</a></span></div></div>
<div id="spSiteHeader" data-automationid="SiteHeader"><div class="ms-siteLogo"><img src="/sites/network/SiteAssets/__siteIcon__.png" alt=""></div><span class="ms-siteHeader-siteName"><a href="/sites/network/SitePages/Home.aspx">Northern Edge Councils Network</a></span><nav class="ms-HorizontalNav" role="navigation"><ul><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/Home.aspx">Home</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/Case-Studies.aspx">Case studies</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/News.aspx">News</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/Events.aspx">Events</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/Member-Councils.aspx">Member councils</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/Get-Involved.aspx">Get involved</a></li><li class="ms-HorizontalNavItem"><a class="ms-HorizontalNavItem-link" href="/sites/network/SitePages/About.aspx">About the network</a></li></ul></nav><div class="ms-siteHeader-follow"><button>☆ Not following</button><button>Share</button></div></div>
<div id="spPageChromeAppDiv"><div class="SPCanvas"><div class="CanvasComponent"><div class="CanvasZoneContainer"><div class="CanvasZone"><div class="CanvasSection CanvasSection-col-12">
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="PageTitle"><div class="pageTitle"><h1 role="heading" aria-level="1" data-automation-id="pageHeader">Jobs</h1></div></div></div>
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor" class="cke_editable rte--read">
<h2>Network Officer (part-time, 0.6 FTE)</h2><p>Based in Kilbrannock or remote. Salary £31,500–£34,800 pro rata. Closing date 17 January 2025.</p><p>You will edit case studies, organise the Annual Forum and keep in touch with member councils.</p>
</div></div>
</div></div></div></div></div>
<div class="CommentsWrapper" data-sp-feature-tag="Comments"><h2>Comments</h2><p class="ms-comments-empty">Be the first to comment.</p><button disabled>Add a comment</button></div>
<footer class="ms-footer" data-automation-id="SiteFooter"><ul><li><a href="/sites/network/SitePages/Accessibility.aspx">Accessibility</a></li><li><a href="/sites/network/SitePages/Privacy.aspx">Privacy</a></li><li><a href="/sites/network/SitePages/Cookies.aspx">Cookies</a></li><li><a href="/sites/network/SitePages/Contact.aspx">Contact us</a></li><li><a href="/sites/network/SitePages/Site-Map.aspx">Site map</a></li><li><a href="/wiki/spaces/CASES/overview">Case library (wiki)</a></li><li><a href="/sites/network/SitePages/Press.aspx">Press</a></li><li><a href="/sites/network/SitePages/Jobs.aspx">Jobs</a></li></ul><p>Northern Edge Councils Network · Secretariat: 2 Harbour Lane, Kilbrannock PA99 1ZZ</p></footer>
</div></body>
</html>
