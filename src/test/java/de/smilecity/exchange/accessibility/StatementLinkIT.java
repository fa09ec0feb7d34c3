package de.smilecity.exchange.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The accessibility statement is one link away from every page: in the footer (the contentinfo
 * landmark) of visitor pages, of signed-in pages, of error pages and of the sign-in page, which
 * stands outside the shell.
 */
class StatementLinkIT extends BrowserTest {

    @Test
    void theFooterOfEveryKindOfPageLeadsToTheStatement() {
        page.navigate(url("?lang=en"));
        followFooterLink("", "#fields .field-count", "Accessibility statement");
        followFooterLink("practices/no-such-entry", "h1", "Accessibility statement");
        followFooterLink("login", "vaadin-login-form input[name=username]", "Accessibility statement");
        signIn("editor", "editor");
        followFooterLink("my-entries", "#main h1", "Accessibility statement");
    }

    @Test
    void theGermanAddressOpensTheStatementInGerman() {
        page.navigate(url("barrierefreiheit?lang=de"));
        assertThat(page.locator("h1")).hasText("Erklärung zur Barrierefreiheit");
        assertThat(page).hasTitle(Pattern.compile("^Erklärung zur Barrierefreiheit"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
    }

    private void followFooterLink(String path, String renderedWhen, String heading) {
        page.navigate(url(path));
        page.locator(renderedWhen).first().waitFor();
        Locator footer = page.getByRole(AriaRole.CONTENTINFO);
        Locator link = footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility"));
        assertThat(link).isVisible();
        link.click();
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page).hasURL(Pattern.compile("/accessibility$"));
    }
}
