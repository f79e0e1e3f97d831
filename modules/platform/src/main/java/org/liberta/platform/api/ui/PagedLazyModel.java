package org.liberta.platform.api.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over any service method that returns a {@link Page}: the table asks for one page,
 * the database returns one page. Filters and sorting are the page's concern, passed through {@code loader}'s
 * closure, so every list in Liberta pages in the database the same way.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableLoader<T> loader;
    private final SerializableKey<T> rowKey;
    private transient Page<T> last;

    /** Loads one page; serializable because view-scoped beans are. */
    @FunctionalInterface
    public interface SerializableLoader<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** The stable key of a row, usually its id. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    public PagedLazyModel(SerializableLoader<T> loader, SerializableKey<T> rowKey) {
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = page(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    private Page<T> page(PageRequest request) {
        last = loader.apply(request);
        return last;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        if (last == null) {
            return null;
        }
        return last.items().stream().filter(r -> String.valueOf(rowKey.apply(r)).equals(key)).findFirst().orElse(null);
    }
}
