package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Free tags (keywords, technologies): pick known ones or type a new one and press Enter. */
public class TagInput extends MultiSelectComboBox<String> {

    private final List<String> known = new ArrayList<>();

    public TagInput(String label, List<String> suggestions) {
        super(label);
        known.addAll(suggestions);
        setItems(known);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (tag.isEmpty()) return;
            if (!known.contains(tag)) {
                known.add(tag);
                getListDataView().refreshAll();
            }
            Set<String> value = new LinkedHashSet<>(getValue());
            value.add(tag);
            setValue(value);
        });
    }

    /** Sets the tags, adding any that the suggestions do not know yet. */
    public void setTags(List<String> tags) {
        for (String tag : tags) {
            if (!known.contains(tag)) known.add(tag);
        }
        getListDataView().refreshAll();
        setValue(new LinkedHashSet<>(tags));
    }

    /** The tags in the order they were chosen. */
    public List<String> getTags() {
        return List.copyOf(getSelectedItems());
    }
}
