package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.BlockView;
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.ProvinceView;
import vn.parindex.organisation.UnitKindDetails;
import vn.parindex.organisation.UnitKindView;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;
import vn.parindex.web.security.Can;

/**
 * Backs the provinces and kinds panel of admin/organisation.xhtml, which only the system
 * administrator sees: provinces with their blocks in order, the province, block and kind dialogs.
 */
@Named
@ViewScoped
public class ProvincesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> KIND_FIELDS =
      Set.of("code", "name", "headSignature", "deputySignature", "letterheadAbove");

  @EJB private ProvinceService provinces;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private Can can;

  private List<ProvinceView> provinceList = List.of();
  private Map<Long, List<BlockView>> blocks = Map.of();
  private List<UnitKindView> kinds = List.of();
  private final ProvinceForm form = new ProvinceForm();
  private final UnitKindForm kindForm = new UnitKindForm();

  /** Called by f:viewAction; nothing for a unit's administrator, who keeps only its own unit. */
  public void load() {
    refresh();
  }

  void refresh() {
    if (!can.administerSystem()) {
      return;
    }
    provinceList = provinces.provinces();
    Map<Long, List<BlockView>> byProvince = new LinkedHashMap<>();
    provinceList.forEach(p -> byProvince.put(p.id(), provinces.blocks(p.id())));
    blocks = byProvince;
    kinds = provinces.kinds();
  }

  public void startNewProvince() {
    form.startProvince(null);
  }

  public void startRenameProvince(ProvinceView province) {
    form.startProvince(province);
  }

  public void startNewBlock(ProvinceView province) {
    form.startBlock(province, null);
  }

  public void startEditBlock(ProvinceView province, BlockView block) {
    form.startBlock(province, block);
  }

  public void save() {
    try {
      if (form.isBlock()) {
        if (form.getBlockId() == null) {
          provinces.addBlock(form.getProvinceId(), form.getName(), form.getOrder());
        } else {
          provinces.changeBlock(
              form.getProvinceId(), form.getBlockId(), form.getName(), form.getOrder());
        }
      } else if (form.getProvinceId() == null) {
        provinces.createProvince(form.getName(), form.isIllustrative());
      } else {
        provinces.renameProvince(form.getProvinceId(), form.getName());
      }
      AdminPage.info(
          messages.message("admin.provinces.saved", AdminPage.locale(), form.getName().strip()));
      refresh();
    } catch (Refusal e) {
      refusals.show(e, "provinceForm", Set.of("name", "order"));
    }
  }

  public void startNewKind() {
    kindForm.start(null);
  }

  public void startEditKind(UnitKindView kind) {
    kindForm.start(kind);
  }

  public void saveKind() {
    try {
      UnitKindDetails details = kindForm.details();
      if (kindForm.isCreating()) {
        provinces.createKind(details);
      } else {
        provinces.changeKind(details.code(), details);
      }
      AdminPage.info(
          messages.message(
              "admin.provinces.kindSaved", AdminPage.locale(), kindForm.getName().strip()));
      refresh();
    } catch (Refusal e) {
      refusals.show(e, "kindForm", KIND_FIELDS);
    }
  }

  public List<BlockView> blocksOf(Long provinceId) {
    return provinceId == null ? List.of() : blocks.getOrDefault(provinceId, List.of());
  }

  public List<ProvinceView> getProvinces() {
    return provinceList;
  }

  public List<UnitKindView> getKinds() {
    return kinds;
  }

  public ProvinceForm getForm() {
    return form;
  }

  public UnitKindForm getKindForm() {
    return kindForm;
  }
}
