/**
 * Every phrase of Decap CMS in Vietnamese, for editors who are not technical: one value for each key of
 * decap-cms-locales' `en` (tests/unit/decap-locale.test.ts checks that none is missing or left in English). The CMS
 * registers it deep-merged over Decap's own `vi` (cms/locale.ts). Placeholders `%{…}` are Decap's and stay as they are.
 * Phrases the tests and other code look for are kept word for word from Decap's `vi` ("Bộ sưu tập", "Công bố",
 * "Công bố ngay", "Xoá mục này", "Tập tin", "… bắt buộc nhập.").
 */
export const decapVi = {
  auth: {
    login: 'Đăng nhập',
    loggingIn: 'Đang đăng nhập...',
    loginWithNetlifyIdentity: 'Đăng nhập bằng Netlify Identity',
    loginWithAzure: 'Đăng nhập bằng tài khoản Azure',
    loginWithBitbucket: 'Đăng nhập bằng tài khoản Bitbucket',
    loginWithGitHub: 'Đăng nhập bằng tài khoản GitHub',
    loginWithGitLab: 'Đăng nhập bằng tài khoản GitLab',
    loginWithGitea: 'Đăng nhập bằng tài khoản Gitea',
    loginWithForgejo: 'Đăng nhập bằng tài khoản Forgejo',
    errors: {
      email: 'Xin nhập địa chỉ thư điện tử của bạn.',
      password: 'Xin nhập mật khẩu của bạn.',
      identitySettings:
        'Không mở được phần cài đặt tài khoản. Người phụ trách kỹ thuật cần bật dịch vụ Netlify Identity và Git Gateway.',
    },
  },
  app: {
    header: {
      content: 'Nội dung',
      workflow: 'Duyệt bài',
      media: 'Tập tin',
      quickAdd: 'Viết mới',
    },
    app: {
      errorHeader: 'Không tải được cài đặt của trang quản trị',
      configErrors: 'Lỗi trong phần cài đặt',
      checkConfigYml: 'Xin báo người phụ trách kỹ thuật kiểm tra lại phần cài đặt.',
      loadingConfig: 'Đang tải cài đặt...',
      waitingBackend: 'Đang chờ máy chủ trả lời...',
    },
    notFoundPage: {
      header: 'Không tìm thấy trang này',
    },
  },
  collection: {
    sidebar: {
      collections: 'Bộ sưu tập',
      allCollections: 'Tất cả các mục',
      searchAll: 'Tìm trong tất cả',
      searchIn: 'Tìm trong',
    },
    collectionTop: {
      sortBy: 'Sắp xếp theo',
      viewAs: 'Cách hiển thị',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng ô lưới',
      // An ASCII plus: the full-width ＋ of Decap's phrase is missing from many fonts and shows as an empty box.
      newButton: '+ Thêm %{collectionLabel}',
      newButtonAriaLabel: 'Viết mới: %{collectionLabel}',
      ascending: 'Tăng dần',
      descending: 'Giảm dần',
      searchResults: 'Kết quả tìm "%{searchTerm}"',
      searchResultsInCollection: 'Kết quả tìm "%{searchTerm}" trong %{collection}',
      filterBy: 'Lọc theo',
      groupBy: 'Gộp nhóm theo',
    },
    entries: {
      loadingEntries: 'Đang tải danh sách...',
      cachingEntries: 'Đang chuẩn bị danh sách...',
      longerLoading: 'Việc này có thể mất vài phút',
      noEntries: 'Chưa có mục nào',
      unpublishedHeader: 'Chưa công bố',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
    defaultFields: {
      author: {
        label: 'Người viết',
      },
      updatedOn: {
        label: 'Ngày cập nhật',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'không bắt buộc',
        widgetLabel: 'ô %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} bắt buộc nhập.',
        regexPattern: '%{fieldLabel} chưa đúng dạng: %{pattern}.',
        processing: '%{fieldLabel} đang được xử lý, xin chờ.',
        range: '%{fieldLabel} phải từ %{minValue} đến %{maxValue}.',
        min: '%{fieldLabel} phải từ %{minValue} trở lên.',
        max: '%{fieldLabel} phải từ %{maxValue} trở xuống.',
        rangeCount: '%{fieldLabel} phải có từ %{minCount} đến %{maxCount} mục.',
        rangeCountExact: '%{fieldLabel} phải có đúng %{count} mục.',
        rangeMin: '%{fieldLabel} phải có ít nhất %{minCount} mục.',
        rangeMax: '%{fieldLabel} chỉ được có nhiều nhất %{maxCount} mục.',
        invalidPath: 'Đường dẫn "%{path}" không hợp lệ',
        pathExists: 'Đường dẫn "%{path}" đã có rồi',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Chép từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Chép nội dung từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị thay thế.',
      },
    },
    editor: {
      onLeavePage: 'Bạn có chắc muốn rời trang này không?',
      onUpdatingWithUnsavedChanges: 'Bạn còn thay đổi chưa lưu. Xin bấm Lưu trước khi đổi trạng thái.',
      onPublishingNotReady: 'Xin chuyển trạng thái sang "Sẵn sàng" trước khi công bố.',
      onPublishingWithUnsavedChanges: 'Bạn còn thay đổi chưa lưu. Xin bấm Lưu trước khi công bố.',
      onPublishing: 'Bạn có chắc muốn công bố mục này không?',
      onUnpublishing: 'Bạn có chắc muốn thôi công bố mục này không?',
      onDeleteWithUnsavedChanges:
        'Bạn có chắc muốn xoá mục đã công bố này, cùng với những thay đổi chưa lưu của bạn không?',
      onDeletePublishedEntry: 'Bạn có chắc muốn xoá mục đã công bố này không?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Mọi thay đổi chưa công bố của mục này sẽ bị xoá, cùng với những thay đổi chưa lưu của bạn. Bạn vẫn muốn xoá chứ?',
      onDeleteUnpublishedChanges: 'Mọi thay đổi chưa công bố của mục này sẽ bị xoá. Bạn vẫn muốn xoá chứ?',
      loadingEntry: 'Đang tải...',
      confirmLoadBackup: 'Máy còn giữ một bản bạn viết dở của mục này. Bạn có muốn dùng lại bản đó không?',
    },
    editorInterface: {
      toggleI18n: 'Bật, tắt phần ngôn ngữ khác',
      togglePreview: 'Hiện, ẩn bản xem trước',
      toggleScrollSync: 'Cuộn cùng bản xem trước',
      toggleNotes: 'Hiện, ẩn ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với nhau.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Thôi',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đã xong',
      unresolve: 'Chưa xong',
      confirmDelete: 'Bạn có chắc muốn xoá ghi chú này không?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      publishing: 'Đang công bố...',
      publish: 'Công bố',
      published: 'Đã công bố',
      unpublish: 'Thôi công bố',
      duplicate: 'Nhân bản',
      unpublishing: 'Đang thôi công bố...',
      publishAndCreateNew: 'Công bố rồi viết mục mới',
      publishAndDuplicate: 'Công bố rồi nhân bản',
      deleteUnpublishedChanges: 'Xoá thay đổi chưa công bố',
      deleteUnpublishedEntry: 'Xoá mục chưa công bố này',
      deletePublishedEntry: 'Xoá mục đã công bố này',
      deleteEntry: 'Xoá mục này',
      saving: 'Đang lưu...',
      save: 'Lưu',
      statusInfoTooltipDraft:
        'Mục này đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Chờ duyệt" để gửi duyệt.',
      statusInfoTooltipInReview:
        'Mục này đang được duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa tiếp trong lúc chờ duyệt.',
      deleting: 'Đang xoá...',
      updating: 'Đang cập nhật...',
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      unsavedChanges: 'Chưa lưu thay đổi',
      // Shown on an untouched new entry too (Decap has one phrase for both), so it says what is true of both.
      changesSaved: 'Không có thay đổi chưa lưu',
      draft: 'Bản nháp',
      inReview: 'Chờ duyệt',
      ready: 'Sẵn sàng',
      publishNow: 'Công bố ngay',
      deployPreviewPendingButtonLabel: 'Kiểm tra bản xem trước',
      deployPreviewButtonLabel: 'Xem trước',
      deployButtonLabel: 'Xem trên web',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang chữ',
        code: 'Chữ dạng mã',
        link: 'Gắn đường dẫn',
        linkPrompt: 'Nhập địa chỉ trang web cần dẫn tới',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn khung',
        richText: 'Soạn thảo',
        markdown: 'Mã nguồn',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo thường',
          markdown: 'Chuyển sang xem mã nguồn',
        },
      },
      image: {
        choose: 'Chọn ảnh',
        chooseMultiple: 'Chọn các ảnh',
        chooseUrl: 'Lấy ảnh từ địa chỉ trang web',
        replaceUrl: 'Thay bằng địa chỉ trang web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        chooseDifferent: 'Chọn ảnh khác',
        addMore: 'Thêm ảnh',
        remove: 'Bỏ ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        choose: 'Chọn tập tin',
        chooseUrl: 'Lấy tập tin từ địa chỉ trang web',
        chooseMultiple: 'Chọn các tập tin',
        replaceUrl: 'Thay bằng địa chỉ trang web',
        promptUrl: 'Nhập địa chỉ của tập tin',
        chooseDifferent: 'Chọn tập tin khác',
        addMore: 'Thêm tập tin',
        remove: 'Bỏ tập tin',
        removeAll: 'Bỏ tất cả tập tin',
      },
      unknownControl: {
        noControl: 'Chưa có cách nhập cho loại ô "%{widget}".',
      },
      unknownPreview: {
        noPreview: 'Chưa có cách xem trước cho loại ô "%{widget}".',
      },
      headingOptions: {
        headingOne: 'Đề mục cấp 1',
        headingTwo: 'Đề mục cấp 2',
        headingThree: 'Đề mục cấp 3',
        headingFour: 'Đề mục cấp 4',
        headingFive: 'Đề mục cấp 5',
        headingSix: 'Đề mục cấp 6',
      },
      datetime: {
        now: 'Hôm nay',
        clear: 'Xoá',
        setToNow: 'Điền ngày hôm nay',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở ra',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Bản nháp',
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibrary: {
      onDelete: 'Bạn có chắc muốn xoá các tập tin đã chọn không?',
      fileTooLarge: 'Tập tin quá lớn.\nChỉ nhận tập tin đến %{size} kB.',
    },
    mediaLibraryModal: {
      loading: 'Đang tải...',
      close: 'Đóng',
      noResults: 'Không tìm thấy gì.',
      noAssetsFound: 'Chưa có tập tin nào.',
      noImagesFound: 'Chưa có ảnh nào.',
      private: 'Riêng tư ',
      images: 'Ảnh',
      mediaAssets: 'Tập tin',
      search: 'Tìm...',
      uploading: 'Đang tải lên...',
      upload: 'Tải lên',
      download: 'Tải về',
      deleting: 'Đang xoá...',
      deleteSelected: 'Xoá mục đã chọn',
      chooseSelected: 'Dùng mục đã chọn',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Quay về trang web',
    },
    errorBoundary: {
      title: 'Có lỗi',
      details: 'Trang quản trị gặp lỗi. Xin ',
      reportIt: 'báo cho người phụ trách kỹ thuật (mở phiếu báo lỗi trên GitHub).',
      detailsHeading: 'Chi tiết',
      privacyWarning:
        'Phiếu báo lỗi sẽ điền sẵn nội dung lỗi và thông tin kỹ thuật.\nXin đọc lại và xoá những thông tin riêng tư trước khi gửi.',
      recoveredEntry: {
        heading: 'Bài viết đã được cứu lại',
        warning: 'Xin sao chép nội dung này cất vào chỗ khác trước khi rời trang!',
        copyButtonLabel: 'Sao chép',
      },
    },
    settingsDropdown: {
      logOut: 'Đăng xuất',
      account: 'Tài khoản',
    },
    toast: {
      onFailToLoadEntries: 'Không tải được mục: %{details}',
      onFailToLoadDeployPreview: 'Không tải được bản xem trước: %{details}',
      onFailToPersist: 'Không lưu được: %{details}',
      onFailToDelete: 'Không xoá được: %{details}',
      onFailToUpdateStatus: 'Không đổi được trạng thái: %{details}',
      missingRequiredField: 'Bạn còn thiếu vài thông tin bắt buộc. Hãy hoàn thành trước khi lưu.',
      entrySaved: 'Đã lưu',
      entryPublished: 'Đã công bố',
      entryUnpublished: 'Đã thôi công bố',
      onFailToPublishEntry: 'Không công bố được: %{details}',
      onFailToUnpublishEntry: 'Không thôi công bố được: %{details}',
      entryUpdated: 'Đã đổi trạng thái',
      onDeleteUnpublishedChanges: 'Đã xoá các thay đổi chưa công bố',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được ghi chú: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Bạn đã bị đăng xuất. Xin sao chép cất phần đang viết rồi đăng nhập lại',
      onBackendDown: 'Máy chủ lưu nội dung đang gặp sự cố. Xem %{details} để biết thêm',
    },
  },
  workflow: {
    workflow: {
      loading: 'Đang tải các bài chờ duyệt',
      workflowHeading: 'Duyệt bài',
      newPost: 'Bài mới',
      description:
        '%{smart_count} bài đang chờ duyệt, %{readyCount} bài sẵn sàng công bố. |||| %{smart_count} bài đang chờ duyệt, %{readyCount} bài sẵn sàng công bố. ',
      dateFormat: 'DD/MM',
    },
    workflowCard: {
      lastChange: '%{date}, %{author} sửa',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: '%{author} sửa',
      deleteChanges: 'Xoá thay đổi',
      deleteNewEntry: 'Xoá bài mới',
      publishChanges: 'Công bố thay đổi',
      publishNewEntry: 'Công bố bài mới',
    },
    workflowList: {
      onDeleteEntry: 'Bạn có chắc muốn xoá bài này không?',
      onPublishingNotReadyEntry:
        'Chỉ bài ở trạng thái "Sẵn sàng" mới công bố được. Xin kéo thẻ bài sang cột "Sẵn sàng" trước.',
      onPublishEntry: 'Bạn có chắc muốn công bố bài này không?',
      draftHeader: 'Bản nháp',
      inReviewHeader: 'Chờ duyệt',
      readyHeader: 'Sẵn sàng',
      currentEntries: '%{smart_count} bài |||| %{smart_count} bài',
    },
  },
} as const;

/**
 * Words the Vietnamese phrases may keep from English: names of services and formats, and shortcuts printed on keys.
 * Anything else that reads as English fails tests/unit/decap-locale.test.ts.
 */
export const decapProperNames = [
  'Netlify Identity',
  'Git Gateway',
  'GitHub',
  'GitLab',
  'Gitea',
  'Forgejo',
  'Bitbucket',
  'Azure',
  'Ctrl+Enter',
  'kB',
] as const;

/**
 * English that Decap and the libraries it uses write into the page without a locale key, with what editors see
 * instead (cms/hardcoded-text.ts replaces it in the page).
 */
export const decapHardcodedText: Readonly<Record<string, string>> = {
  'Loading options…': 'Đang tải danh sách…',
  'No options': 'Không có lựa chọn nào',
  'Code Block': 'Khối mã',
};

/** English attribute values Decap hard-codes (alt, title, aria-label), with their Vietnamese. */
export const decapHardcodedAttributes: Readonly<Record<string, string>> = {
  Logo: '',
};
