package de.smilecity.exchange.search.internal;

/**
 * Merges an index into one segment at the end of a rebuild, on whichever engine holds it. One
 * segment because ranking and facet counting start over in every segment: on the embedded index a
 * fresh index of several segments cost a faceted search about 40 %, on OpenSearch weighting the
 * widened question cost 3–4 times as much on 7–10 segments as on one (docs/performance.md).
 */
public interface SegmentMerge {

    /**
     * Merges the index of {@code indexedType} into one segment (dropping the documents that updates
     * replaced) and returns once searches answer from the merged index.
     */
    void toOneSegment(Class<?> indexedType);
}
