package de.smilecity.exchange.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF kit checked against PDF/UA-1 (ISO 14289-1) by veraPDF, a validator that shares no code
 * with the kit's writer. {@link KitPdfTest} reads the structure the way assistive technology does;
 * this test holds the file to every machine-checkable rule of the standard.
 */
class KitPdfUaConformanceTest {

    @BeforeAll
    static void registerValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theKitBreaksNoRuleOfPdfUa1() throws Exception {
        ValidationResult result = validate(KitPdf.render(KitPdfTest.kielShorePower()));

        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        assertThat(failures(result))
                .as("PDF/UA-1 rules the kit breaks, as veraPDF reports them")
                .isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    /** The same kit without its tagged mark and title preference: the validator must notice. */
    @Test
    void aKitThatNoLongerDeclaresItselfTaggedFails() throws Exception {
        byte[] broken;
        try (PDDocument document = Loader.loadPDF(KitPdf.render(KitPdfTest.kielShorePower()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            document.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(false);
            document.save(out);
            broken = out.toByteArray();
        }

        ValidationResult result = validate(broken);

        assertThat(result.isCompliant()).isFalse();
        assertThat(failures(result))
                .anySatisfy(f -> assertThat(f).startsWith("6.2-1 "))
                .anySatisfy(f -> assertThat(f).startsWith("7.1-10 "));
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            return Foundries.defaultInstance()
                    .createValidator(PDFAFlavour.PDFUA_1, false)
                    .validate(parser);
        }
    }

    /** Each failed check as "clause-test rule text (where)", the way veraPDF's reports name them. */
    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage() + " ("
                        + a.getLocation().getContext() + ")")
                .toList();
    }
}
